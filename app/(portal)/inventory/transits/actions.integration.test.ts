import { beforeEach, describe, expect, it, vi } from 'vitest';
import { receiveStock } from '@/lib/inventory/movements/receive-stock';
import { getTransit } from '@/lib/inventory/transit/get-transit';
import type { Actor } from '@/lib/roles/actor';
import { demoActor } from '@/scripts/test/actors';
import { freshItem, lotsOf } from '@/scripts/test/stock';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_server/session', () => ({ getActor: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
const { closeTransitAction, receiveTransitAction, shipTransitAction } = await import('./actions');

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
};

async function shipped(quantity = '10'): Promise<{ sku: string; number: string }> {
  const sku = await freshItem('AX');
  await receiveStock(session.actor!, { sku, to: 'CHI-A-01-B2', quantity: 10 });
  const state = await shipTransitAction({}, form({ sku, from: 'CHI-A-01-B2', to: 'MKE-QA', quantity, note: '', idempotencyKey: crypto.randomUUID() }));
  expect(state.ok).toBe(true);
  return { sku, number: state.number! };
}

describe('transit actions', () => {
  beforeEach(async () => {
    session.actor = await demoActor.teamLead();
  });

  it('ships once however often the same form is sent, and answers the document number', async () => {
    const sku = await freshItem('AX');
    await receiveStock(session.actor!, { sku, to: 'CHI-A-01-B2', quantity: 10 });
    const fields = { sku, from: 'CHI-A-01-B2', to: 'MKE-QA', quantity: '6', note: 'carrier ACME', idempotencyKey: crypto.randomUUID() };
    const first = await shipTransitAction({}, form(fields));
    expect(first).toMatchObject({ ok: true, number: expect.stringMatching(/^TRN-\d{6}$/), posted: { replayed: false } });
    expect(first.posted?.entries.map((e) => [e.entryType, e.location, e.quantity])).toEqual([
      ['TRANSFER_OUT', 'CHI-A-01-B2', '-6'],
      ['TRANSFER_IN', 'MKE-TRANSIT', '6'],
    ]);
    const again = await shipTransitAction(first, form(fields));
    expect(again).toMatchObject({ ok: true, number: first.number, posted: { groupId: first.posted?.groupId, replayed: true } });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '4' }, 'MKE-TRANSIT': { '#0001': '6' } });
  });

  it('refuses beside the field and keeps what was typed', async () => {
    const sku = await freshItem('AX');
    await receiveStock(session.actor!, { sku, to: 'CHI-A-01-B2', quantity: 2 });
    expect(await shipTransitAction({}, form({ sku, from: 'CHI-A-01-B2', to: 'CHI-A-01-B1', quantity: '1', note: 'n' }))).toMatchObject({
      ok: false,
      fieldErrors: { to: expect.stringContaining('same site') },
      values: { to: 'CHI-A-01-B1', quantity: '1', note: 'n' },
    });
    expect(await shipTransitAction({}, form({ sku, from: 'CHI-A-01-B2', to: 'MKE-QA', quantity: '3' }))).toMatchObject({ ok: false, fieldErrors: { quantity: 'Only 2 pcs available at CHI-A-01-B2.' } });
    session.actor = await demoActor.member();
    expect(await shipTransitAction({}, form({ sku, from: 'CHI-A-01-B2', to: 'MKE-QA', quantity: '1' }))).toMatchObject({ ok: false, message: 'You do not have permission to do that.' });
  });

  it('refuses a stale preview next to the quantity and keeps what was typed, shipping nothing; ships with the current figure', async () => {
    const sku = await freshItem('AX');
    await receiveStock(session.actor!, { sku, to: 'CHI-A-01-B2', quantity: 10 });
    const fields = { sku, from: 'CHI-A-01-B2', to: 'MKE-QA', quantity: '4', note: 'carrier ACME', expectedAvailable: '12', idempotencyKey: crypto.randomUUID() };
    expect(await shipTransitAction({}, form(fields))).toMatchObject({
      ok: false,
      fieldErrors: { quantity: expect.stringContaining('10 available now') },
      values: { quantity: '4', note: 'carrier ACME' },
    });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '10' } });
    const state = await shipTransitAction({}, form({ ...fields, expectedAvailable: '10', idempotencyKey: crypto.randomUUID() }));
    expect(state).toMatchObject({ ok: true, number: expect.stringMatching(/^TRN-\d{6}$/) });
    expect(await lotsOf(sku)).toEqual({ 'CHI-A-01-B2': { '#0001': '6' }, 'MKE-TRANSIT': { '#0001': '4' } });
  });

  it('receives part, into another storage unit of the site if asked, once per key; over-receipt is refused beside the quantity', async () => {
    const { number, sku } = await shipped();
    const key = crypto.randomUUID();
    const part = await receiveTransitAction({}, form({ number, quantity: '4', location: '', idempotencyKey: key }));
    expect(part).toEqual({ ok: true, received: { quantity: '4', location: 'MKE-QA', closed: false, replayed: false } });
    expect(await receiveTransitAction(part, form({ number, quantity: '4', location: '', idempotencyKey: key }))).toMatchObject({ ok: true, received: { replayed: true } });
    expect(await receiveTransitAction({}, form({ number, quantity: '7', location: '', idempotencyKey: crypto.randomUUID() }))).toMatchObject({
      ok: false,
      fieldErrors: { quantity: `Only 6 pcs of ${number} are still on the way.` },
      values: { quantity: '7' },
    });
    expect(await receiveTransitAction({}, form({ number, quantity: '1', location: 'CHI-A-01-B1', idempotencyKey: crypto.randomUUID() }))).toMatchObject({ ok: false, fieldErrors: { location: expect.any(String) } });
    const rest = await receiveTransitAction({}, form({ number, quantity: '6', location: 'mke-line-1', idempotencyKey: crypto.randomUUID() }));
    expect(rest).toEqual({ ok: true, received: { quantity: '6', location: 'MKE-LINE-1', closed: true, replayed: false } });
    expect(await lotsOf(sku)).toEqual({ 'MKE-QA': { '#0001': '4' }, 'MKE-LINE-1': { '#0001': '6' } });
  });

  it('closes short only with a reason, and says how much was written off', async () => {
    const { number } = await shipped();
    await receiveTransitAction({}, form({ number, quantity: '8', idempotencyKey: crypto.randomUUID() }));
    expect(await closeTransitAction({}, form({ number, reason: ' ' }))).toMatchObject({ ok: false, fieldErrors: { reason: 'Give a reason.' } });
    session.actor = await demoActor.member();
    expect(await closeTransitAction({}, form({ number, reason: 'lost' }))).toMatchObject({ ok: false, message: 'You do not have permission to do that.' });
    session.actor = await demoActor.teamLead();
    expect(await closeTransitAction({}, form({ number, reason: 'two broken in transport' }))).toEqual({ ok: true, writtenOff: '2' });
    expect(await getTransit(session.actor, number)).toMatchObject({ status: 'closed_short', writtenOff: '2', remaining: '0' });
    expect(await closeTransitAction({}, form({ number, reason: 'again' }))).toMatchObject({ ok: false, message: `${number} is already closed.` });
  });
});
