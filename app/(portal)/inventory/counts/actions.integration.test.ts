import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getCount } from '@/lib/inventory/counts/get-count';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshStorageUnit } from '@/scripts/test/locations';
import { freshItem, lotsOf } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('redirect'), { to });
  },
}));
const { addCountLineAction, createCountAction, discardCountAction, postCountAction, recordCountAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
const redirectOf = (run: Promise<unknown>) => run.then(() => null, (e: { to?: string }) => e.to ?? Promise.reject(e));

describe('count actions', () => {
  beforeEach(async () => {
    session.actor = await demoActor.teamLead();
  });

  it('opens a count from the form and goes to it; a bad location comes back beside the field', async () => {
    const sku = await freshItem('KA');
    const bin = await freshStorageUnit('CHI-REEL', 'BIN');
    await receiveStock(session.actor!, { sku, to: bin, quantity: 6 });
    expect(await createCountAction({}, form({ location: 'NOWHERE', blind: 'false', note: 'x' }))).toMatchObject({ ok: false, fieldErrors: { location: 'Unknown location "NOWHERE".' }, values: { location: 'NOWHERE', note: 'x' } });
    const to = await redirectOf(createCountAction({}, form({ location: bin, blind: 'false', note: '' })));
    expect(to).toMatch(/^\/inventory\/counts\/\d+$/);
    const count = await getCount(session.actor!, to!.split('/').pop());
    expect(count).toMatchObject({ blind: false, note: null, lines: [{ sku, expected: '6' }] });

    // The checkbox sends a hidden "false" first and "true" after it when ticked.
    session.actor = await demoActor.admin();
    await redirectOf(discardCountAction({}, form({ countId: String(count.id) })));
    const blind = await redirectOf(createCountAction({}, form({ location: bin, blind: 'true' })));
    session.actor = await demoActor.teamLead();
    expect(await getCount(session.actor, blind!.split('/').pop())).toMatchObject({ blind: true, lines: [{ expected: null }] });
  });

  it('saves a line, keeps a refused value with its error, adds a found line, and posts as Admin', async () => {
    const [sku, found] = [await freshItem('KB'), await freshItem('KF')];
    const bin = await freshStorageUnit('CHI-REEL', 'BIN');
    await receiveStock(session.actor!, { sku, to: bin, quantity: 6 });
    const id = (await redirectOf(createCountAction({}, form({ location: bin, blind: 'false' }))))!.split('/').pop()!;
    const lineId = String((await getCount(session.actor!, id)).lines[0].id);

    expect(await recordCountAction({}, form({ countId: id, lineId, counted: '4.5' }))).toMatchObject({ ok: false, fieldErrors: { counted: 'Enter a whole number.' }, values: { counted: '4.5' } });
    expect(await recordCountAction({}, form({ countId: id, lineId, counted: '4' }))).toEqual({ ok: true, saved: { counted: '4', countedAt: expect.any(String) } });
    expect(await addCountLineAction({}, form({ countId: id, sku: found, location: bin }))).toMatchObject({ ok: true });
    const added = (await getCount(session.actor!, id)).lines.find((l) => l.sku === found)!;
    await recordCountAction({}, form({ countId: id, lineId: String(added.id), counted: '2' }));

    expect(await postCountAction({}, form({ countId: id, idempotencyKey: crypto.randomUUID() }))).toMatchObject({ ok: false, message: 'You do not have permission to do that.' });
    session.actor = await demoActor.admin();
    expect(await redirectOf(postCountAction({}, form({ countId: id, idempotencyKey: crypto.randomUUID() })))).toBe(`/inventory/counts/${id}`);
    expect(await lotsOf(sku)).toEqual({ [bin]: { '#0001': '4' } });
    expect(await lotsOf(found)).toEqual({ [bin]: { '#0001': '2' } });
    expect(await postCountAction({}, form({ countId: id }))).toMatchObject({ ok: false, message: expect.stringContaining('has already been posted') });
  });
});
