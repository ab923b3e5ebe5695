import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { updateSettingsAction } = await import('./actions');

const KEY = 'inventory.lowStockDefault';
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

describe('settings form action', () => {
  beforeEach(async () => {
    session.actor = await demoActor.admin();
  });

  it('answers a bad value next to its field, keeps what was typed and saves nothing', async () => {
    const state = await updateSettingsAction({}, form({ [KEY]: '-3' }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { [KEY]: expect.stringContaining('0 or more') }, values: { [KEY]: '-3' } });
    expect(await db().setting.count()).toBe(0);
  });

  it('saves a good value', async () => {
    expect(await updateSettingsAction({}, form({ [KEY]: '12' }))).toEqual({ ok: true, message: 'Settings saved.' });
    expect(await db().setting.findUnique({ where: { key: KEY } })).toMatchObject({ value: '12' });
  });
});
