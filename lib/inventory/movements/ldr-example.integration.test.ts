// The worked example of bulk-inventory-lots-fifo.md (item LDR-4.1, Chicago and
// Milwaukee), step by step, exactly as its summary table says.
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { lotsOf } from '../../../scripts/test/stock';
import { receiveStock } from './receive-stock';
import { transferStock } from './transfer-stock';

describe('LDR-4.1: FIFO across Chicago and Milwaukee', () => {
  it('ends the month with 155 (#0002) in Chicago and 100 (#0001) + 45 (#0002) in Milwaukee', async () => {
    const admin = await demoActor.admin();
    expect(await lotsOf('LDR-4.1')).toEqual({});

    await receiveStock(admin, { sku: 'LDR-4.1', to: 'CHI', quantity: '100', receivedAt: '2026-01-01' });
    expect(await lotsOf('LDR-4.1')).toEqual({ CHI: { '#0001': '100' } });

    const jan5 = await transferStock(admin, { sku: 'LDR-4.1', from: 'CHI', to: 'MKE', quantity: 25 });
    expect(jan5.entries.map((e) => [e.entryType, e.location, e.batch, e.quantity])).toEqual([
      ['TRANSFER_OUT', 'CHI', '#0001', '-25'],
      ['TRANSFER_IN', 'MKE', '#0001', '25'],
    ]);
    expect(await lotsOf('LDR-4.1')).toEqual({ CHI: { '#0001': '75' }, MKE: { '#0001': '25' } });

    await receiveStock(admin, { sku: 'LDR-4.1', to: 'CHI', quantity: '200', receivedAt: '2026-01-23' });
    expect(await lotsOf('LDR-4.1')).toEqual({ CHI: { '#0001': '75', '#0002': '200' }, MKE: { '#0001': '25' } });

    const jan27 = await transferStock(admin, { sku: 'LDR-4.1', from: 'CHI', to: 'MKE', quantity: '120' });
    expect(jan27.entries.map((e) => [e.entryType, e.location, e.batch, e.quantity, e.balanceBefore, e.balanceAfter])).toEqual([
      ['TRANSFER_OUT', 'CHI', '#0001', '-75', '75', '0'],
      ['TRANSFER_OUT', 'CHI', '#0002', '-45', '200', '155'],
      ['TRANSFER_IN', 'MKE', '#0001', '75', '25', '100'],
      ['TRANSFER_IN', 'MKE', '#0002', '45', '0', '45'],
    ]);
    expect(await lotsOf('LDR-4.1')).toEqual({ CHI: { '#0002': '155' }, MKE: { '#0001': '100', '#0002': '45' } });
  });
});
