// Property: whatever sequence of legal and illegal movements happens, the cached
// balances equal the ledger, no own lot is negative, and on-hand per item equals
// receipts and upward corrections minus what left.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoActor } from '../../../scripts/test/actors';
import { freshItem } from '../../../scripts/test/stock';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { DomainError } from '../../errors';
import { verifyLedger } from '../verify-ledger';
import { adjustStock } from './adjust-stock';
import { changeStatus } from './change-status';
import { consumeStock, shipStock } from './issue-stock';
import { receiveStock } from './receive-stock';
import { reversePosting } from './reverse-posting';
import { setQuantity } from './set-quantity';
import { transferStock } from './transfer-stock';

const place = fc.constantFrom('CHI', 'MKE', 'CHI-A-01-B1', 'MKE-QA');
const qty = fc.oneof(fc.integer({ min: -2, max: 40 }).map(String), fc.constantFrom('0', '1.5', 'x', '1000'));
const op = fc.oneof(
  fc.record({ t: fc.constant('receive'), to: place, quantity: qty }),
  fc.record({ t: fc.constant('transfer'), from: place, to: place, quantity: qty }),
  fc.record({ t: fc.constant('consume'), from: place, quantity: qty }),
  fc.record({ t: fc.constant('ship'), from: place, quantity: qty }),
  fc.record({ t: fc.constant('adjust'), direction: fc.constantFrom('up', 'down'), location: place, quantity: qty }),
  fc.record({ t: fc.constant('set'), location: place, quantity: qty }),
  fc.record({ t: fc.constant('hold'), location: place, quantity: qty }),
  fc.record({ t: fc.constant('reverse'), back: fc.integer({ min: 0, max: 5 }) }),
);

describe('ledger invariant', () => {
  it('holds after any sequence of movements', async () => {
    const admin = await demoActor.admin();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const sku = await freshItem('F');
        const groups: string[] = [];
        for (const o of ops) {
          try {
            const r =
              o.t === 'receive' ? await receiveStock(admin, { sku, ...o })
              : o.t === 'transfer' ? await transferStock(admin, { sku, ...o })
              : o.t === 'consume' ? await consumeStock(admin, { sku, ...o })
              : o.t === 'ship' ? await shipStock(admin, { sku, ...o })
              : o.t === 'adjust' ? await adjustStock(admin, { sku, ...o, reason: 'property test' })
              : o.t === 'set' ? await setQuantity(admin, { sku, ...o, reason: 'property test' })
              : o.t === 'hold' ? await changeStatus(admin, { sku, ...o, status: 'on_hold' })
              : await reversePosting(admin, { groupId: groups[groups.length - 1 - o.back] ?? '00000000-0000-4000-8000-000000000000' });
            groups.push(r.groupId);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
          }
        }
        const report = await verifyLedger(pool());
        expect(report.differences).toEqual([]);
        expect(report.negative).toBe(0);
        const onHand = await db().stockBalance.aggregate({ _sum: { quantity: true }, where: { item: { sku } } });
        const ledger = await db().ledgerEntry.aggregate({ _sum: { quantity: true }, where: { item: { sku } } });
        expect(String(onHand._sum.quantity ?? 0)).toBe(String(ledger._sum.quantity ?? 0));
      }),
      { numRuns: 15 },
    );
  });
});
