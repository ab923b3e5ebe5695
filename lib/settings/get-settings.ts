// Reading settings: stored values over the code defaults, in one query. A stored
// value that no longer passes its schema reads as the default (never a crash).
import { db, type Prisma } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { SETTING_DEFAULTS, SETTING_KEYS, SETTINGS, type SettingKey, type Settings } from './setting-definitions';

type Reader = Pick<Prisma.TransactionClient, 'setting'>;

export async function readSettings(client: Reader = db()): Promise<Settings> {
  const rows = await client.setting.findMany({ where: { key: { in: SETTING_KEYS } }, select: { key: true, value: true } });
  const settings = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    const key = row.key as SettingKey;
    const parsed = SETTINGS[key].schema.safeParse(row.value);
    if (parsed.success) (settings as Record<SettingKey, unknown>)[key] = parsed.data;
  }
  return settings;
}

/**
 * The settings in force. With an actor (a person looking at the settings screen) it takes
 * 'settings.manage'; without one it is domain code applying them (the values are no secret).
 */
export async function getSettings(actor?: Actor | null): Promise<Settings> {
  if (actor !== undefined) requirePermission(actor, 'settings.manage');
  return readSettings();
}
