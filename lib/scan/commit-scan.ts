// Accept: all lines of a session in one transaction (all or nothing) through
// the one posting path; the session and its lines are recorded with the
// posting, serial units delivered, the sales order's delivered quantities
// updated. A repeated Idempotency-Key answers the first commit.
import { randomUUID } from 'node:crypto';
import { pool } from '../db/pool';
import { inTransaction, pgCode, type SqlClient } from '../db/transaction';
import { DomainError } from '../errors';
import { requestHash } from '../inventory/movement-input';
import { postStockWithin } from '../inventory/posting/post-stock';
import { toDb } from '../inventory/quantity';
import type { Actor } from '../roles/actor';
import { planScan, type ScanPlan } from './plan-scan';
import { lineErrors, prepareScan } from './prepare-scan';
import { scanSessionSchema } from './scan-input';
import { getScanSession, type ScanSessionView } from './get-scan-session';

async function knownSession(client: Pick<SqlClient, 'query'>, actor: Actor, key: string | undefined, hash: string): Promise<string | null> {
  if (!key) return null;
  const { rows } = await client.query('SELECT id, "requestHash" FROM "ScanSession" WHERE "actorId" = $1 AND "idempotencyKey" = $2', [actor.id, key]);
  if (!rows.length) return null;
  if (rows[0].requestHash !== hash) throw new DomainError('CONFLICT', 'This idempotency key was already used for a different scan session.');
  return rows[0].id;
}

export async function commitScan(actor: Actor, raw: unknown): Promise<ScanSessionView & { replayed: boolean }> {
  // The fingerprint of what the request means (fields in the schema's order), so a retry that sends them in another order is the same request.
  const parsed = scanSessionSchema.safeParse(raw);
  const hash = requestHash('scan', parsed.success ? parsed.data : raw);
  const key = typeof (raw as { idempotencyKey?: unknown })?.idempotencyKey === 'string' ? ((raw as { idempotencyKey: string }).idempotencyKey.trim() || undefined) : undefined;
  const first = await knownSession(pool(), actor, key, hash);
  if (first) return { ...(await getScanSession(actor, first)), replayed: true };
  try {
    const done = await inTransaction(async (client): Promise<{ id: string; replayed: boolean }> => {
      // Requests with the same key queue here, so a repeat sees the first session instead of planning on the stock it took.
      if (key) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`scan:${actor.id}:${key}`]);
      const again = await knownSession(client, actor, key, hash);
      if (again) return { id: again, replayed: true };
      const prepared = await prepareScan(client, actor, raw);
      let plan: ScanPlan | null = null;
      const { target, input } = prepared;
      const posted = await postStockWithin(client, actor, {
        header: { kind: `scan-${input.workflow}`, note: `Scan session${input.action ? ` (${input.action})` : ''}`, reference: target ? (target.provider ? { kind: target.kind, number: target.number } : { kind: target.kind, id: String(target.id), number: target.number }) : null },
        positions: prepared.positions,
        labels: prepared.labels,
        plan: (lots) => {
          plan = planScan(prepared.lines, { ...prepared.context, lots });
          if (!plan.ok) throw lineErrors(plan.lines);
          if (!plan.legs.length) throw new DomainError('INVALID_INPUT', 'Nothing to post: the counts match the stock.');
          return { legs: plan.legs, newBatches: plan.newBatches };
        },
      });
      const done = plan as ScanPlan | null;
      if (!done) throw new Error('scan plan missing after posting');
      const sessionId = randomUUID();
      await client.query(
        `INSERT INTO "ScanSession" (id, workflow, action, "actorId", "targetKind", "targetNumber", "groupId", "idempotencyKey", "requestHash")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [sessionId, input.workflow.toUpperCase(), input.action ?? null, actor.id, target?.kind ?? null, target?.number ?? null, posted.groupId, key ?? null, hash],
      );
      const lineOf = (i: number) => prepared.lines[i].scanned;
      const serialOf = new Map(done.serials.map((s) => [s.lineIndex, s.serialId]));
      const orderLineOf = (i: number) => {
        const s = lineOf(i);
        return 'item' in s ? (prepared.context.openByItem?.get(s.item.id)?.lineId ?? null) : null;
      };
      await client.query(
        `INSERT INTO "ScanLine" ("sessionId", position, code, "itemId", quantity, "serialId", "salesOrderLineId")
         SELECT $1, t.position, t.code, t.item, t.quantity, t.serial, t.order_line
         FROM unnest($2::int[], $3::text[], $4::int[], $5::numeric[], $6::int[], $7::int[]) AS t(position, code, item, quantity, serial, order_line)`,
        [
          sessionId,
          done.lines.map((l) => l.index + 1),
          done.lines.map((l) => prepared.input.lines[l.index].code),
          done.lines.map((l) => (lineOf(l.index) as { item: { id: number } }).item.id),
          done.lines.map((l) => l.quantity),
          done.lines.map((l) => serialOf.get(l.index) ?? null),
          done.lines.map((l) => orderLineOf(l.index)),
        ],
      );
      if (input.workflow === 'sales') await recordDelivery(client, actor, done, posted.groupId, target!.number);
      if (input.workflow === 'production' && target!.provider) await target!.provider.onConsumed(client, target!);
      else if (input.workflow === 'production') await client.query(`UPDATE "WorkOrder" SET status = 'IN_PROGRESS' WHERE id = $1 AND status = 'OPEN'`, [target!.id]);
      return { id: sessionId, replayed: false };
    });
    return { ...(await getScanSession(actor, done.id)), replayed: done.replayed };
  } catch (e) {
    if (pgCode(e) === '23505' && String((e as { constraint?: string }).constraint).includes('idempotencyKey') && key) {
      const winner = await knownSession(pool(), actor, key, hash);
      if (winner) return { ...(await getScanSession(actor, winner)), replayed: true };
    }
    throw e;
  }
}

/** Sales: serial units delivered (with their lifecycle event), order lines' delivered quantities, the order completed when nothing is open. */
async function recordDelivery(client: SqlClient, actor: Actor, plan: ScanPlan, groupId: string, orderNumber: string): Promise<void> {
  // The order row is locked like a status change locks it, so a cancel cannot slip in between.
  const order = await client.query('SELECT status FROM "SalesOrder" WHERE number = $1::citext FOR UPDATE', [orderNumber]);
  if (order.rows[0]?.status !== 'OPEN') throw new DomainError('CONFLICT', `Sales order ${orderNumber} is no longer open; nothing was posted.`);
  if (plan.serials.length) {
    const ids = plan.serials.map((s) => s.serialId);
    await client.query(
      `INSERT INTO "SerialEvent" ("serialId", "actorId", action, "fromStatus", "toStatus", "fromStage", "toStage", iteration, "groupId", reference)
       SELECT s.id, $2, 'delivered', s.status, 'DELIVERED', st.name, st.name, s.iteration, $3, $4 FROM "SerialUnit" s LEFT JOIN "ProductStage" st ON st.id = s."stageId" WHERE s.id = ANY($1::int[])`,
      [ids, actor.id, groupId, orderNumber],
    );
    const { rowCount } = await client.query(`UPDATE "SerialUnit" SET status = 'DELIVERED', "updatedAt" = now() WHERE id = ANY($1::int[]) AND status = 'IN_STOCK'`, [ids]);
    if (rowCount !== ids.length) throw new DomainError('CONFLICT', 'A serial number in this session changed meanwhile; review the session and accept again.');
  }
  for (const [lineId, qty] of plan.delivered) {
    const { rowCount } = await client.query('UPDATE "SalesOrderLine" SET delivered = delivered + $2::numeric WHERE id = $1 AND delivered + $2::numeric <= quantity', [lineId, toDb(qty)]);
    if (rowCount !== 1) throw new DomainError('CONFLICT', 'The order changed meanwhile (another delivery was logged); review the session and accept again.');
  }
  await client.query(
    `UPDATE "SalesOrder" o SET status = 'COMPLETED' WHERE o.number = $1::citext AND NOT EXISTS (SELECT 1 FROM "SalesOrderLine" l WHERE l."orderId" = o.id AND l.delivered < l.quantity)`,
    [orderNumber],
  );
}
