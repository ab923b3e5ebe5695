// Opens a count over a storage unit or a whole location subtree: one line per
// item per storage unit holding own available stock, with what the system
// expects there now. Out-of-scope locations answer like unknown ones. Counts
// may not overlap while open: two counts posting the same shelf would book its
// difference twice.
import { z } from 'zod';
import { render, sql } from '../../db/sql';
import { inTransaction, type SqlClient } from '../../db/transaction';
import { invalid } from '../../errors';
import { flag, optionalText } from '../../form-fields';
import { requirePermission, type Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { locationField } from '../movement-input';
import { countNumber } from './count-record';
import { OWN_AVAILABLE } from './own-stock';

export const createCountSchema = z.object({
  location: locationField,
  blind: flag.optional().default(false),
  note: optionalText(500).optional(),
});

export interface CreatedCount {
  id: number;
  number: string;
  lines: number;
}

async function rootLocation(client: SqlClient, actor: Actor, code: string) {
  const { rows } = await client.query(
    render(sql`
      SELECT l.id, l.code::text AS code, l.path, l.active, s.id AS site_id, s."departmentId" AS department_id
      FROM "Location" l JOIN "Location" s ON s.id = coalesce(l."siteId", l.id)
      WHERE l.code = ${code}::citext`),
  );
  const loc = rows[0];
  if (!loc || !loc.active || !canSeeSite(actor, loc.department_id)) throw invalid('location', `Unknown location "${code}".`);
  // A location without a path is broken data, and LIKE '%' would count every site.
  if (!/^\/(\d+\/)+$/.test(loc.path)) throw new Error(`location ${loc.code} has no path`);
  return { id: loc.id as number, code: loc.code as string, path: loc.path as string, siteId: loc.site_id as number };
}

export async function createCount(actor: Actor, input: unknown): Promise<CreatedCount> {
  requirePermission(actor, 'inventory.count');
  const data = parseInput(createCountSchema, input);
  return inTransaction(async (client) => {
    const root = await rootLocation(client, actor, data.location);
    // Counts are opened one at a time, so two overlapping ones cannot both pass the check below.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('qm:stock-count:open')::bigint)`);
    const { rows: open } = await client.query(
      render(sql`
        SELECT c.number, r.code::text AS code FROM "StockCount" c JOIN "Location" r ON r.id = c."locationId"
        WHERE c.status = 'OPEN' AND (r.path LIKE ${`${root.path}%`} OR ${root.path}::text LIKE r.path || '%')
        ORDER BY c.id LIMIT 1`),
    );
    if (open[0]) throw invalid('location', `Count ${open[0].number} of ${open[0].code} is still open and overlaps ${root.code}: post or discard it first.`);

    const { rows: ids } = await client.query(`SELECT nextval(pg_get_serial_sequence('"StockCount"', 'id'))::int AS id`);
    const id: number = ids[0].id;
    const number = countNumber(id);
    await client.query(
      render(sql`
        INSERT INTO "StockCount" (id, number, "locationId", "siteId", blind, note, "createdById")
        VALUES (${id}, ${number}, ${root.id}, ${root.siteId}, ${data.blind}, ${data.note ?? null}, ${actor.id})`),
    );
    const lines = await client.query(
      render(sql`
        INSERT INTO "StockCountLine" ("countId", "itemId", "locationId", "expectedQuantity")
        SELECT ${id}, b."itemId", b."locationId", sum(b.quantity)
        FROM "StockBalance" b
        JOIN "Batch" bt ON bt.id = b."batchId"
        JOIN "Location" l ON l.id = b."locationId"
        WHERE l.path LIKE ${`${root.path}%`} AND ${OWN_AVAILABLE}
          -- Serial-numbered units are counted by serial on the product page, not by quantity here.
          AND NOT EXISTS (SELECT 1 FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" WHERE i.id = b."itemId" AND k."serialTracked")
        GROUP BY b."itemId", b."locationId"`),
    );
    return { id, number, lines: lines.rowCount ?? 0 };
  });
}
