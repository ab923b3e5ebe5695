// The Subtract side of a product adjustment: the chosen serials, all in stock
// and in scope, leave stock in one posting and are marked scrapped.
import { inTransaction } from '../db/transaction';
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { DomainError, invalid } from '../errors';
import { postStockWithin } from '../inventory/posting/post-stock';
import type { PostingHeader } from '../inventory/posting/types';
import { SCALE } from '../inventory/quantity';
import type { Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import type { ProductAdjustment } from './adjust-product-stock';

const ONE = 10n ** BigInt(SCALE);

export async function serialsOfGroup(groupId: string): Promise<string[]> {
  const { rows } = await pool().query('SELECT s.serial FROM "SerialEvent" e JOIN "SerialUnit" s ON s.id = e."serialId" WHERE e."groupId" = $1 ORDER BY s.id', [groupId]);
  return rows.map((r) => r.serial);
}

export async function takeSerialsOut(actor: Actor, sku: string, wanted: string[], header: PostingHeader): Promise<ProductAdjustment> {
  const unique = [...new Set(wanted.map((s) => s.toUpperCase()))];
  return inTransaction(async (client) => {
    const { rows } = await client.query(
      render(sql`SELECT s.id, s.serial, s.status, s."itemId", i.sku, s."batchId"::text AS batch_id, bt.number AS batch_number,
          b."locationId", l.code, b.status AS stock_status, u.decimals
        FROM "SerialUnit" s JOIN "Item" i ON i.id = s."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
        LEFT JOIN "Batch" bt ON bt.id = s."batchId"
        LEFT JOIN "StockBalance" b ON b."batchId" = s."batchId" AND b.quantity > 0 LEFT JOIN "Location" l ON l.id = b."locationId"
        WHERE upper(s.serial) = ANY(${unique}::text[]) AND ${serialScope(actor)} ORDER BY s.id FOR UPDATE OF s`),
    );
    const missing = unique.filter((s) => !rows.some((r) => r.serial.toUpperCase() === s));
    if (missing.length) throw invalid('serials', `Unknown serial number${missing.length > 1 ? 's' : ''}: ${missing.slice(0, 10).join(', ')}.`);
    const wrong = rows.filter((r) => r.sku.toUpperCase() !== sku.trim().toUpperCase());
    if (wrong.length) throw invalid('serials', `Not serials of ${sku.trim()}: ${wrong.map((r) => r.serial).slice(0, 10).join(', ')}.`);
    const notInStock = rows.filter((r) => r.status !== 'IN_STOCK' || r.locationId === null);
    if (notInStock.length) throw invalid('serials', `Not in stock: ${notInStock.map((r) => r.serial).slice(0, 10).join(', ')}.`);
    const itemId: number = rows[0].itemId;
    const posted = await postStockWithin(client, actor, {
      header,
      positions: rows.map((r) => ({ itemId, locationId: r.locationId })),
      labels: { items: new Map([[itemId, { sku: rows[0].sku, decimals: rows[0].decimals }]]), locations: new Map(rows.map((r) => [r.locationId, r.code])) },
      plan: () => ({
        legs: rows.map((r) => ({ entryType: 'ADJUST_DOWN', itemId, locationId: r.locationId, batch: { id: BigInt(r.batch_id), number: r.batch_number }, status: r.stock_status, quantity: -ONE })),
      }),
    });
    if (posted.replayed) throw new DomainError('CONFLICT', 'This adjustment was just posted; reload to see it.');
    const ids = rows.map((r) => r.id);
    await client.query(`UPDATE "SerialUnit" SET status = 'SCRAPPED', "updatedAt" = now() WHERE id = ANY($1::int[])`, [ids]);
    await client.query(
      `INSERT INTO "SerialEvent" ("serialId", "actorId", action, "fromStatus", "toStatus", "fromStage", "toStage", iteration, note, "groupId")
       SELECT s.id, $2, 'subtracted', 'IN_STOCK', 'SCRAPPED', st.name, st.name, s.iteration, $3, $4 FROM "SerialUnit" s LEFT JOIN "ProductStage" st ON st.id = s."stageId" WHERE s.id = ANY($1::int[])`,
      [ids, actor.id, header.reason, posted.groupId],
    );
    return { groupId: posted.groupId, serials: rows.map((r) => r.serial), replayed: false };
  });
}
