import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem, lotsOf } from '../../../scripts/test/stock';
import { pool } from '../../db/pool';
import { listInventory } from '../queries/list-inventory';
import { consumeStock } from '../movements/issue-stock';
import { receiveStock } from '../movements/receive-stock';
import { reversePosting } from '../movements/reverse-posting';
import { transferStock } from '../movements/transfer-stock';
import { previewPick } from '../preview-pick';
import { verifyLedger } from '../verify-ledger';
import { closeTransit } from './close-transit';
import { getTransit } from './get-transit';
import { receiveTransit } from './receive-transit';
import { shipToSite } from './ship-to-site';

describe('transfers through transit', () => {
  it('ships FIFO into transit (still counted and valued), receives partially, closes itself when all arrived', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('TR');
    await receiveStock(lead, { sku, to: 'CHI-A', quantity: 6, receivedAt: '2026-01-01' });
    await receiveStock(lead, { sku, to: 'CHI-A', quantity: 10, receivedAt: '2026-02-01' });
    const shipped = await shipToSite(lead, { sku, from: 'CHI-A', to: 'MKE-QA', quantity: 9 });
    expect(shipped.number).toMatch(/^TRN-\d{6}$/);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A': { '#0002': '7' }, 'MKE-TRANSIT': { '#0001': '6', '#0002': '3' } });
    expect((await listInventory(lead, { sku })).data[0]).toMatchObject({ quantity: '16', value: '24.00' });
    expect(await getTransit(lead, shipped.number)).toMatchObject({ status: 'in_transit', shipped: '9', received: '0', remaining: '9', to: 'MKE-QA' });

    const part = await receiveTransit(lead, { number: shipped.number, quantity: 7 });
    expect(part.closed).toBe(false);
    expect(part.entries.filter((e) => e.entryType === 'TRANSFER_IN').map((e) => [e.location, e.batch, e.quantity])).toEqual([
      ['MKE-QA', '#0001', '6'],
      ['MKE-QA', '#0002', '1'],
    ]);
    expect(await getTransit(lead, shipped.number)).toMatchObject({ status: 'partially_received', received: '7', remaining: '2' });
    await expect(receiveTransit(lead, { number: shipped.number, quantity: 3 })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK', fieldErrors: { quantity: expect.stringContaining('Only 2 pcs') } });
    const rest = await receiveTransit(lead, { number: shipped.number, quantity: 2, location: 'MKE-LINE-1' });
    expect(rest.closed).toBe(true);
    expect(await lotsOf(sku)).toEqual({ 'CHI-A': { '#0002': '7' }, 'MKE-QA': { '#0001': '6', '#0002': '1' }, 'MKE-LINE-1': { '#0002': '2' } });
    await expect(receiveTransit(lead, { number: shipped.number, quantity: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('records a shortfall on closing as its own write-off entries, with a reason', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('TS');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 10 });
    const t = await shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 10 });
    await receiveTransit(lead, { number: t.number, quantity: 8 });
    await expect(closeTransit(lead, { number: t.number, reason: '' })).rejects.toMatchObject({ fieldErrors: { reason: 'Give a reason.' } });
    const closed = await closeTransit(lead, { number: t.number, reason: 'two broken in transport' });
    expect(closed.writtenOff?.entries.map((e) => [e.entryType, e.location, e.quantity])).toEqual([['ADJUST_DOWN', 'MKE-TRANSIT', '-2']]);
    expect(await getTransit(lead, t.number)).toMatchObject({ status: 'closed_short', shipped: '10', received: '8', writtenOff: '2', remaining: '0' });
    expect(await lotsOf(sku)).toEqual({ MKE: { '#0001': '8' } });
    expect((await verifyLedger(pool())).differences).toEqual([]);
  });

  it('refuses a shipment within one site, more than available, and reversing a transit posting', async () => {
    const lead = await demoActor.teamLead();
    const admin = await demoActor.admin();
    const sku = await freshItem('TX');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 3 });
    await expect(shipToSite(lead, { sku, from: 'CHI', to: 'CHI-A', quantity: 1 })).rejects.toMatchObject({ fieldErrors: { to: expect.stringContaining('same site') } });
    await expect(shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 4 })).rejects.toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    const t = await shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 3 });
    await expect(reversePosting(admin, { groupId: t.groupId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(t.number) });
    await expect(getTransit(lead, 'TRN-999999')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const member = await demoActor.member();
    await expect(receiveTransit(member, { number: t.number, quantity: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('replays a retried receipt without closing the transit early, and refuses it after with another quantity', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('TRR');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 10 });
    const t = await shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 10 });
    const first = await receiveTransit(lead, { number: t.number, quantity: 5, idempotencyKey: 'rcv-1' });
    const retry = await receiveTransit(lead, { number: t.number, quantity: 5, idempotencyKey: 'rcv-1' });
    expect(retry.groupId).toBe(first.groupId);
    expect(retry.closed).toBe(false);
    expect(await getTransit(lead, t.number)).toMatchObject({ status: 'partially_received', received: '5', remaining: '5' });
    await expect(receiveTransit(lead, { number: t.number, quantity: 4, idempotencyKey: 'rcv-1' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('leaves stock in transit to its document: ordinary movements refuse transit units', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('TRU');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 4 });
    await shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 4 });
    await expect(transferStock(lead, { sku, from: 'MKE-TRANSIT', to: 'MKE', quantity: 1 })).rejects.toMatchObject({ fieldErrors: { from: expect.stringContaining('in transit') } });
    await expect(receiveStock(lead, { sku, to: 'MKE-TRANSIT', quantity: 1 })).rejects.toMatchObject({ fieldErrors: { to: expect.stringContaining('in transit') } });
  });

  it('creates one transit for the same key sent many times at once', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('TRC');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 9 });
    const body = { sku, from: 'CHI', to: 'MKE', quantity: 3, idempotencyKey: `burst-${sku}` };
    const results = await Promise.all(Array.from({ length: 6 }, () => shipToSite(lead, body)));
    expect(new Set(results.map((r) => r.number)).size).toBe(1);
    const docs = await pool().query(`SELECT count(*)::int AS n FROM "StockTransit" t JOIN "Item" i ON i.id = t."itemId" WHERE i.sku = $1`, [sku]);
    expect(docs.rows[0].n).toBe(1);
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '6' }, 'MKE-TRANSIT': { '#0001': '3' } });
  });

  it('ships once for a repeated idempotency key', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('TI');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 5 });
    const body = { sku, from: 'CHI', to: 'MKE', quantity: 2, idempotencyKey: `ship-${sku}` };
    const first = await shipToSite(lead, body);
    const again = await shipToSite(lead, body);
    expect(again.groupId).toBe(first.groupId);
    expect(again.number).toBe(first.number);
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '3' }, 'MKE-TRANSIT': { '#0001': '2' } });
  });

  it('refuses a shipment whose preview went stale, posting nothing and leaving no document', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('TSP');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 10 });
    const seen = await previewPick(lead, { sku, location: 'CHI', quantity: 4 });
    await consumeStock(lead, { sku, from: 'CHI', quantity: 3 }); // someone else, meanwhile
    await expect(shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 4, expectedAvailable: seen.available, idempotencyKey: `stale-${sku}` })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { quantity: 'Stock changed since you looked: 7 available now. Check the quantity and confirm again.' },
    });
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '7' } });
    const docs = await pool().query(`SELECT count(*)::int AS n FROM "StockTransit" t JOIN "Item" i ON i.id = t."itemId" WHERE i.sku = $1`, [sku]);
    expect(docs.rows[0].n).toBe(0);
    const groups = await pool().query(`SELECT count(*)::int AS n FROM "PostingGroup" WHERE kind = 'transit_ship' AND "idempotencyKey" = $1`, [`stale-${sku}`]);
    expect(groups.rows[0].n).toBe(0);

    // With what is there now it ships; left out, nothing is compared.
    const shipped = await shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 4, expectedAvailable: '7' });
    expect(shipped.number).toMatch(/^TRN-\d{6}$/);
    await shipToSite(lead, { sku, from: 'CHI', to: 'MKE', quantity: 1 });
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '2' }, 'MKE-TRANSIT': { '#0001': '5' } });
  });
});
