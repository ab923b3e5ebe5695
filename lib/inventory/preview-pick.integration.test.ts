import { describe, expect, it } from 'vitest';
import { demoActor } from '../../scripts/test/actors';
import { freshItem, lotsOf } from '../../scripts/test/stock';
import { consumeStock } from './movements/issue-stock';
import { receiveStock } from './movements/receive-stock';
import { transferStock } from './movements/transfer-stock';
import { previewPick } from './preview-pick';

describe('movement preview', () => {
  it('shows what is available and which lots FIFO will take', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('PV');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 75, receivedAt: '2026-01-01' });
    await receiveStock(lead, { sku, to: 'CHI', quantity: 200, receivedAt: '2026-01-23' });
    const p = await previewPick(lead, { sku, location: 'CHI', quantity: '120' });
    expect(p).toMatchObject({ available: '275', unit: 'pcs', shortBy: null });
    expect(p.picks.map((x) => [x.batch, x.quantity])).toEqual([['#0001', '75'], ['#0002', '45']]);
    expect((await previewPick(lead, { sku, location: 'CHI', quantity: '300' })).shortBy).toBe('25');
  });

  it('refuses a confirmation whose preview went stale, posting nothing', async () => {
    const lead = await demoActor.teamLead();
    const sku = await freshItem('ST');
    await receiveStock(lead, { sku, to: 'CHI', quantity: 10 });
    const seen = await previewPick(lead, { sku, location: 'CHI', quantity: 4 });
    await consumeStock(lead, { sku, from: 'CHI', quantity: 3 }); // someone else, meanwhile
    await expect(transferStock(lead, { sku, from: 'CHI', to: 'MKE', quantity: 4, expectedAvailable: seen.available })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { quantity: expect.stringContaining('7 available now') },
    });
    expect(await lotsOf(sku)).toEqual({ CHI: { '#0001': '7' } });
    await transferStock(lead, { sku, from: 'CHI', to: 'MKE', quantity: 4, expectedAvailable: '7' });
  });
});
