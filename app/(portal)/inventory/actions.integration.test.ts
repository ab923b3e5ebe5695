import { beforeEach, describe, expect, it, vi } from 'vitest';
import { consumeStock } from '@/lib/inventory/movements/issue-stock';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshItem, lotsOf } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { postMovementAction, previewPickAction, reverseMovementAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

describe('inventory actions', () => {
  beforeEach(async () => {
    session.actor = await demoActor.teamLead();
  });

  it('previews FIFO, then posts a transfer once however often the same form is sent', async () => {
    const sku = await freshItem('AT');
    await receiveStock(session.actor!, { sku, to: 'CHI', quantity: 100 });
    await receiveStock(session.actor!, { sku, to: 'CHI', quantity: 200 });
    await consumeStock(session.actor!, { sku, from: 'CHI', quantity: 25 });
    const preview = await previewPickAction({ sku, location: 'CHI', quantity: '120', status: 'available' });
    expect(preview).toMatchObject({ ok: true, preview: { available: '275', picks: [{ batch: '#0001', quantity: '75' }, { batch: '#0002', quantity: '45' }] } });

    const fields = { kind: 'transfer', sku, from: 'CHI', to: 'MKE', quantity: '120', note: '', expectedAvailable: '275', idempotencyKey: crypto.randomUUID() };
    const first = await postMovementAction({}, form(fields));
    expect(first.ok).toBe(true);
    expect(first.posted?.entries.map((e) => [e.entryType, e.location, e.batch, e.quantity])).toEqual([
      ['TRANSFER_OUT', 'CHI', '#0001', '-75'],
      ['TRANSFER_OUT', 'CHI', '#0002', '-45'],
      ['TRANSFER_IN', 'MKE', '#0001', '75'],
      ['TRANSFER_IN', 'MKE', '#0002', '45'],
    ]);
    const again = await postMovementAction(first, form(fields));
    expect(again).toMatchObject({ ok: true, posted: { groupId: first.posted?.groupId, replayed: true } });
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0002': '155' }, MKE: { '#0001': '75', '#0002': '45' } });
  });

  it('refuses a stale preview next to the quantity and keeps what was typed, posting nothing', async () => {
    const sku = await freshItem('AS');
    await receiveStock(session.actor!, { sku, to: 'CHI', quantity: 10 });
    const state = await postMovementAction({}, form({ kind: 'consume', sku, from: 'CHI', quantity: '4', refNumber: 'WO-1', expectedAvailable: '12', idempotencyKey: crypto.randomUUID() }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { quantity: expect.stringContaining('10 available now') }, values: { quantity: '4', refNumber: 'WO-1' } });
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '10' } });
  });

  it('requires a reason for an adjustment (Admin), and refuses a Team Lead', async () => {
    const sku = await freshItem('AA');
    await receiveStock(session.actor!, { sku, to: 'CHI', quantity: 5 });
    const fields = { kind: 'adjust', direction: 'down', sku, location: 'CHI', quantity: '2', reason: '', expectedAvailable: '5' };
    expect(await postMovementAction({}, form(fields))).toMatchObject({ ok: false, message: 'You do not have permission to do that.' });
    session.actor = await demoActor.admin();
    expect(await postMovementAction({}, form(fields))).toMatchObject({ ok: false, fieldErrors: { reason: 'Give a reason.' } });
    expect(await postMovementAction({}, form({ ...fields, reason: 'Damaged in handling' }))).toMatchObject({ ok: true, posted: { entries: [{ entryType: 'ADJUST_DOWN', quantity: '-2' }] } });
  });

  it('reverses a movement, and says so clearly when the stock has already left', async () => {
    const sku = await freshItem('AR');
    const receipt = await receiveStock(session.actor!, { sku, to: 'CHI', quantity: 5 });
    await consumeStock(session.actor!, { sku, from: 'CHI', quantity: 3 });
    session.actor = await demoActor.admin();
    const refused = await reverseMovementAction({}, form({ groupId: receipt.groupId, reason: 'wrong item' }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('that stock has already left') });
    const other = await receiveStock(session.actor, { sku, to: 'MKE', quantity: 1 });
    expect(await reverseMovementAction({}, form({ groupId: other.groupId, reason: 'typo' }))).toEqual({ ok: true, message: 'Movement reversed.' });
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '2' } });
  });

  it('answers a preview without a session or for an unknown SKU with a message', async () => {
    expect(await previewPickAction({ sku: 'NOPE-NOPE', location: 'CHI' })).toEqual({ ok: false, message: 'Unknown SKU "NOPE-NOPE".' });
    session.actor = null;
    expect(await previewPickAction({ sku: 'X', location: 'CHI' })).toEqual({ ok: false, message: 'Your session has ended. Sign in again.' });
  });
});
