// Roll back a committed scan session: compensating ledger entries for its
// posting (refused when the stock it would take back has already left), its
// serial units back in stock, the order's delivered quantities and status
// restored. Once only; by a role that may reverse postings.
import { z } from 'zod';
import { inTransaction } from '../db/transaction';
import { DomainError, notFound } from '../errors';
import { postStockWithin } from '../inventory/posting/post-stock';
import type { Leg } from '../inventory/posting/types';
import { fromDb, formatQuantity } from '../inventory/quantity';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { getScanSession, type ScanSessionView } from './get-scan-session';

export const rollbackScanSchema = z.object({
  sessionId: z.string().trim().regex(/^[0-9a-f-]{36}$/i, 'Unknown scan session.'),
  reason: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(500).optional()),
});

export async function rollbackScan(actor: Actor, input: unknown): Promise<ScanSessionView> {
  requirePermission(actor, 'inventory.reverse');
  const data = parseInput(rollbackScanSchema, input);
  await getScanSession(actor, data.sessionId); // scope: answers not found for someone else's session
  await inTransaction(async (client) => {
    const { rows } = await client.query('SELECT id, "groupId", "targetNumber", workflow, "rolledBackAt" FROM "ScanSession" WHERE id = $1 FOR UPDATE', [data.sessionId]);
    const session = rows[0];
    if (!session) throw notFound('Scan session');
    if (session.rolledBackAt) throw new DomainError('CONFLICT', 'This scan session has already been rolled back.');
    const entries = await client.query(
      `SELECT e."entryType", e."itemId", e."locationId", e."batchId"::text AS batch_id, b.number, e.status, e.quantity::text AS quantity, i.sku, u.decimals, l.code
       FROM "LedgerEntry" e JOIN "Batch" b ON b.id = e."batchId" JOIN "Item" i ON i.id = e."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode" JOIN "Location" l ON l.id = e."locationId"
       WHERE e."groupId" = $1 ORDER BY e.id`,
      [session.groupId],
    );
    const legs: Leg[] = entries.rows.map((e) => ({
      entryType: 'REVERSAL',
      itemId: e.itemId,
      locationId: e.locationId,
      batch: { id: BigInt(e.batch_id), number: e.number },
      status: e.status,
      quantity: -fromDb(e.quantity),
    }));
    const posted = await postStockWithin(client, actor, {
      header: { kind: 'reversal', reason: data.reason ?? 'Scan session rolled back', reversesGroupId: session.groupId, reference: { kind: 'scan_session', id: session.id } },
      positions: legs.map((l) => ({ itemId: l.itemId, locationId: l.locationId })),
      labels: { items: new Map(entries.rows.map((e) => [e.itemId, { sku: e.sku, decimals: e.decimals }])), locations: new Map(entries.rows.map((e) => [e.locationId, e.code])) },
      plan: (lots) => {
        for (const leg of legs.filter((l) => l.quantity < 0n)) {
          const lot = lots.find((x) => x.itemId === leg.itemId && x.locationId === leg.locationId && 'id' in leg.batch && x.batchId === leg.batch.id && x.status === leg.status);
          const have = lot?.quantity ?? 0n;
          if (have < -leg.quantity) {
            const row = entries.rows.find((e) => e.itemId === leg.itemId && e.locationId === leg.locationId)!;
            throw new DomainError('CONFLICT', `Cannot roll back: ${row.sku} has already left ${row.code} (${formatQuantity(have, row.decimals)} left of ${formatQuantity(-leg.quantity, row.decimals)} to take back).`);
          }
        }
        return { legs };
      },
    });
    if (session.workflow === 'SALES') {
      await client.query(
        `INSERT INTO "SerialEvent" ("serialId", "actorId", action, "fromStatus", "toStatus", "fromStage", "toStage", iteration, "groupId", note)
         SELECT s.id, $2, 'delivery rolled back', s.status, 'IN_STOCK', st.name, st.name, s.iteration, $3, $4
         FROM "ScanLine" l JOIN "SerialUnit" s ON s.id = l."serialId" LEFT JOIN "ProductStage" st ON st.id = s."stageId" WHERE l."sessionId" = $1`,
        [session.id, actor.id, posted.groupId, data.reason ?? null],
      );
      await client.query(`UPDATE "SerialUnit" s SET status = 'IN_STOCK', "updatedAt" = now() FROM "ScanLine" l WHERE l."sessionId" = $1 AND s.id = l."serialId"`, [session.id]);
      await client.query(
        `UPDATE "SalesOrderLine" o SET delivered = o.delivered - t.q
         FROM (SELECT "salesOrderLineId" AS id, sum(quantity) AS q FROM "ScanLine" WHERE "sessionId" = $1 AND "salesOrderLineId" IS NOT NULL GROUP BY 1) t WHERE o.id = t.id`,
        [session.id],
      );
      await client.query(`UPDATE "SalesOrder" SET status = 'OPEN' WHERE number = $1::citext AND status = 'COMPLETED'`, [session.targetNumber]);
    }
    await client.query('UPDATE "ScanSession" SET "rolledBackAt" = now(), "rolledBackById" = $2, "rollbackGroupId" = $3 WHERE id = $1', [session.id, actor.id, posted.groupId]);
  });
  return getScanSession(actor, data.sessionId);
}
