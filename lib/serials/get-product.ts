// A serial-numbered product's page: its statistics in the actor's scope and
// its stages. Not serial-tracked, unknown, or (for a scoped role) without any
// unit in scope: "not found".
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { lowStockDefaultSql } from '../settings/low-stock-default-sql';
import { cardFromRow, type ProductCard } from './list-product-cards';

export interface ProductDetail extends ProductCard {
  stages: { name: string; optional: boolean }[];
  standardCost: string;
}

export async function getProduct(actor: Actor, sku: string): Promise<ProductDetail> {
  requirePermission(actor, 'serials.view');
  const { rows } = await pool().query(
    render(sql`SELECT i.id, i.sku, i.name, k.code AS kind, k.name AS kind_name, i."standardCost"::text AS cost,
        count(s.id) FILTER (WHERE s.status = 'IN_STOCK')::int AS in_stock,
        count(s.id) FILTER (WHERE s.status = 'IN_PRODUCTION')::int AS in_production,
        count(s.id) FILTER (WHERE s.status = 'SCRAPPED')::int AS defects,
        count(s.id) FILTER (WHERE s.status = 'DELIVERED')::int AS delivered,
        count(s.id)::int AS total,
        coalesce(i."lowStockThreshold", ${lowStockDefaultSql})::text AS low_at,
        (SELECT coalesce(json_agg(json_build_object('name', st.name, 'optional', st.optional) ORDER BY st.position), '[]')
           FROM "ProductStage" st WHERE st."itemId" = i.id) AS stages
      FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" AND k."serialTracked"
      LEFT JOIN "SerialUnit" s ON s."itemId" = i.id AND ${serialScope(actor)}
      WHERE i.sku = ${sku.trim().slice(0, 64)}::citext
      GROUP BY i.id, k.code`),
  );
  const r = rows[0];
  if (!r || (actor.role !== 'ADMIN' && r.total === 0)) throw notFound(`Product ${sku.trim().slice(0, 64)}`);
  return {
    ...cardFromRow(r),
    stages: r.stages,
    standardCost: r.cost,
  };
}
