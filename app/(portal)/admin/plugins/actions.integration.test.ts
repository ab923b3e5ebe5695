import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { setPluginEnabledAction } = await import('./actions');

describe('plugin switch action', () => {
  it('answers a plugin that is not installed with a message, not an error page', async () => {
    session.actor = await demoActor.admin();
    const fd = new FormData();
    fd.set('pluginId', 'nothing-here');
    fd.set('enabled', 'false');
    expect(await setPluginEnabledAction({}, fd)).toMatchObject({ ok: false, message: 'The plugin was not found.' });
  });
});
