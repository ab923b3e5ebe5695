// Production > Inventory: one card per serial-numbered product with its unit
// counts in the actor's scope, and a low-stock warning below the product's
// threshold (the installation default, 10 unless set, where it has none).
// "Available" shows products with units in stock; "all" every product ever
// produced (for an Admin every serial-tracked product).
import { z } from 'zod';
import { pool } from '../db/pool';
import { empty, render, sql } from '../db/sql';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { lowStockDefaultSql } from '../settings/low-stock-default-sql';
import { parseInput } from '../validation';

export const productCardsFilterSchema = z.object({
  view: z.enum(['available', 'all'], { message: 'Choose available stock or all historical.' }).default('available'),
  kind: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(40).optional()),
  search: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(100).optional()),
});

export interface ProductCard {
  sku: string;
  name: string;
  kind: string;
  kindName: string;
  inStock: number;
  inProduction: number;
  defects: number;
  delivered: number;
  totalSerials: number;
  lowStockAt: string;
  lowStock: boolean;
}

export async function listProductCards(actor: Actor, input: unknown = {}): Promise<ProductCard[]> {
  requirePermission(actor, 'serials.view');
  const f = parseInput(productCardsFilterSchema, input);
  const like = f.search ? `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await pool().query(
    // Units counted per product first (one pass over the serials in scope), then joined: half the time of
    // counting through a join grouped by item (80 ms for 100k serials).
    render(sql`SELECT i.sku, i.name, k.code AS kind, k.name AS kind_name,
        coalesce(c.in_stock, 0) AS in_stock, coalesce(c.in_production, 0) AS in_production,
        coalesce(c.defects, 0) AS defects, coalesce(c.delivered, 0) AS delivered, coalesce(c.total, 0) AS total,
        coalesce(i."lowStockThreshold", ${lowStockDefaultSql})::text AS low_at
      FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" AND k."serialTracked"
      LEFT JOIN (SELECT s."itemId",
          count(*) FILTER (WHERE s.status = 'IN_STOCK')::int AS in_stock,
          count(*) FILTER (WHERE s.status = 'IN_PRODUCTION')::int AS in_production,
          count(*) FILTER (WHERE s.status = 'SCRAPPED')::int AS defects,
          count(*) FILTER (WHERE s.status = 'DELIVERED')::int AS delivered,
          count(*)::int AS total
        FROM "SerialUnit" s WHERE ${serialScope(actor)} GROUP BY s."itemId") c ON c."itemId" = i.id
      WHERE i.active ${f.kind ? sql`AND k.code = ${f.kind}` : empty}
        ${like ? sql`AND (i.sku ILIKE ${like} OR i.name ILIKE ${like})` : empty}
        AND ${f.view === 'available' ? sql`c.in_stock > 0` : actor.role === 'ADMIN' ? sql`TRUE` : sql`c.total > 0`}
      ORDER BY i.name, i.sku
      LIMIT 500`),
  );
  return rows.map(cardFromRow);
}

/** A product card from a row with the columns the card queries select (also used by the product page). */
export function cardFromRow(r: Record<string, any>): ProductCard {
  return {
    sku: r.sku,
    name: r.name,
    kind: r.kind,
    kindName: r.kind_name,
    inStock: r.in_stock,
    inProduction: r.in_production,
    defects: r.defects,
    delivered: r.delivered,
    totalSerials: r.total,
    lowStockAt: String(Number(r.low_at)),
    lowStock: r.in_stock < Number(r.low_at),
  };
}
