// Posts a reviewed count: every counted line with a variance becomes an
// adjustment, all in ONE posting group (kind "count") through the one posting
// path, and the count is closed with that group in the same transaction. The
// count row is locked first, so it cannot be posted twice, discarded or
// counted into half-way.
import { z } from 'zod';
import { render, sql } from '../../db/sql';
import { inTransaction, pgCode, type SqlClient } from '../../db/transaction';
import { DomainError } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { postStockWithin } from '../posting/post-stock';
import { readPosting } from '../posting/read-posting';
import type { PostingResult } from '../posting/types';
import { fromDb } from '../quantity';
import { countInScope, idIn, requireOpen, type CountHead } from './count-record';
import { planCountPosting, varianceOf, type CountVariance } from './plan-count-posting';

export const postCountSchema = z.object({ idempotencyKey: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(200).optional()) });

export interface PostedCount {
  id: number;
  number: string;
  /** Null when no counted line had a variance: the count is closed without booking anything. */
  posting: PostingResult | null;
}

export const REF_KIND = 'stock_count';

async function countedVariances(client: SqlClient, countId: number): Promise<CountVariance[]> {
  const { rows } = await client.query(
    render(sql`
      SELECT ln."itemId" AS item_id, ln."locationId" AS location_id, ln."countedQuantity"::text AS counted, ln."systemQuantity"::text AS system,
             i.sku::text AS sku, i.perishable, u.code AS unit, u.decimals, l.code::text AS location
      FROM "StockCountLine" ln
      JOIN "Item" i ON i.id = ln."itemId"
      JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
      JOIN "Location" l ON l.id = ln."locationId"
      WHERE ln."countId" = ${countId} AND ln."countedQuantity" IS NOT NULL
      ORDER BY l.code, i.sku`),
  );
  return rows
    .map((r) => ({ itemId: r.item_id, locationId: r.location_id, variance: varianceOf(fromDb(r.counted), fromDb(r.system)), perishable: r.perishable, sku: r.sku, location: r.location, decimals: r.decimals, unit: r.unit }))
    .filter((v) => v.variance !== 0n);
}

async function close(client: SqlClient, actor: Actor, count: CountHead, groupId: string | null) {
  await client.query(render(sql`UPDATE "StockCount" SET status = 'POSTED', "postedGroupId" = ${groupId}::uuid, "postedById" = ${actor.id}, "postedAt" = now() WHERE id = ${count.id}`));
}

export async function postCount(actor: Actor, input: unknown): Promise<PostedCount> {
  requirePermission(actor, 'inventory.adjust');
  const countId = idIn(input, 'countId');
  const { idempotencyKey } = parseInput(postCountSchema, input ?? {});
  const requestHash = `count:${countId}`;
  try {
    return await inTransaction(async (client) => {
      await client.query(`SET LOCAL lock_timeout = '10s'`);
      const count = await countInScope(client, actor, countId, 'update');
      if (count.status === 'POSTED' && idempotencyKey && count.postedGroupId) {
        // The same request again (a double click, a retry): its first answer.
        const { rows } = await client.query(render(sql`SELECT 1 FROM "PostingGroup" WHERE id = ${count.postedGroupId}::uuid AND "actorId" = ${actor.id} AND "idempotencyKey" = ${idempotencyKey}`));
        if (rows.length) return { id: count.id, number: count.number, posting: await readPosting(client, count.postedGroupId, true) };
      }
      requireOpen(count);
      await client.query(`SET LOCAL lock_timeout = 0`);
      const lines = await countedVariances(client, count.id);
      if (!lines.length) {
        await close(client, actor, count, null);
        return { id: count.id, number: count.number, posting: null };
      }
      const posting = await postStockWithin(client, actor, {
        header: {
          kind: 'count',
          reason: `Stock count ${count.number}`,
          note: count.note,
          reference: { kind: REF_KIND, id: String(count.id), number: count.number },
          idempotencyKey,
          requestHash,
        },
        positions: lines.map((l) => ({ itemId: l.itemId, locationId: l.locationId })),
        labels: {
          items: new Map(lines.map((l) => [l.itemId, { sku: l.sku, decimals: l.decimals }])),
          locations: new Map(lines.map((l) => [l.locationId, l.location])),
        },
        plan: (lots) => planCountPosting(lines, lots),
      });
      await close(client, actor, count, posting.groupId);
      return { id: count.id, number: count.number, posting };
    });
  } catch (e) {
    if (pgCode(e) === '55P03') throw new DomainError('CONFLICT', 'This count is being saved by someone else right now. Try again in a moment.');
    throw e;
  }
}
