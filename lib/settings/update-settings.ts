// Admin changes installation settings. Each changed key is written and audited
// (before/after) in one transaction; an unchanged value writes nothing.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { readSettings } from './get-settings';
import { SETTING_KEYS, settingsInputSchema, type SettingKey, type Settings } from './setting-definitions';

export async function updateSettings(actor: Actor, input: unknown): Promise<Settings> {
  requirePermission(actor, 'settings.manage');
  const changes = parseInput(settingsInputSchema, input);
  return db().$transaction(async (tx) => {
    const settings = await readSettings(tx);
    for (const key of SETTING_KEYS) {
      const value = changes[key];
      if (value === undefined || value === settings[key]) continue;
      await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: actor.id }, update: { value, updatedById: actor.id } });
      await recordAuditEvent(tx, actor, { action: 'setting.update', entity: 'Setting', entityId: key, before: { value: settings[key] }, after: { value } });
      (settings as Record<SettingKey, unknown>)[key] = value;
    }
    return settings;
  });
}
