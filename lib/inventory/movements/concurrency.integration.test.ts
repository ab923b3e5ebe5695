// Many postings at once on the same few balances, through the domain layer on
// several connections: nothing negative, totals conserved, ledger = balances.
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { DomainError } from '../../errors';
import { verifyLedger } from '../verify-ledger';
import { consumeStock } from './issue-stock';
import { receiveStock } from './receive-stock';
import { transferStock } from './transfer-stock';

const PLACES = ['CHI', 'MKE', 'CHI-A', 'MKE-QA'];

describe('concurrent postings', () => {
  it('serialise on shared balances without deadlocks, overdraws or lost updates', async () => {
    const lead = await demoActor.teamLead();
    const skus = [await freshItem('C'), await freshItem('C')];
    for (const sku of skus) for (const place of PLACES) await receiveStock(lead, { sku, to: place, quantity: 50 });

    let consumed = 0;
    let refused = 0;
    const rnd = (n: number) => Math.floor(Math.random() * n);
    const worker = async () => {
      for (let i = 0; i < 25; i++) {
        const sku = skus[rnd(skus.length)];
        const from = PLACES[rnd(PLACES.length)];
        const quantity = 1 + rnd(30);
        try {
          if (i % 3 === 0) {
            await consumeStock(lead, { sku, from, quantity });
            consumed += quantity;
          } else {
            let to = PLACES[rnd(PLACES.length)];
            if (to === from) to = PLACES[(PLACES.indexOf(from) + 1) % PLACES.length];
            await transferStock(lead, { sku, from, to, quantity });
          }
        } catch (e) {
          if (!(e instanceof DomainError) || e.code !== 'INSUFFICIENT_STOCK') throw e;
          refused++;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    const total = await db().stockBalance.aggregate({ _sum: { quantity: true }, where: { item: { sku: { in: skus } } } });
    expect(Number(total._sum.quantity)).toBe(2 * PLACES.length * 50 - consumed);
    expect(await db().stockBalance.count({ where: { quantity: { lt: 0 } } })).toBe(0);
    const report = await verifyLedger(pool());
    expect(report.differences).toEqual([]);
    expect(refused + consumed).toBeGreaterThan(0);
  });
});
