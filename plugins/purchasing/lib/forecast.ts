// The purchasing forecast: per component of production lots' BOMs, what is
// required, what is in stock (available, not on hold or rejected, not
// customer-owned, not the unreceived placeholder, at all sites, before
// allocations), what other released lots hold, what is on order, and the
// shortfall to procure; beside it, what draft purchase orders hold (not on
// order: nothing was ordered from the supplier yet). One lot (`forecastForLot`)
// or the roll-up over the actor's planned and released lots (`forecastAll`),
// each one SQL query.
//
// A planned lot needs quantityPer × its quantity; a released or running lot
// still needs its allocation less what it consumed (ledger consumption naming
// the lot, less reversals). "Allocated elsewhere" is that same remainder for
// the released and running lots outside the forecast (for the roll-up: the
// running lots and other departments' released lots), which the stock owes first.
import { pool } from '../../../lib/db/pool';
import { render, sql, type Sql } from '../../../lib/db/sql';
import type { SqlClient } from '../../../lib/db/transaction';
import { DomainError } from '../../../lib/errors';
import { formatQuantity, fromDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins/plugin-guard';
import type { Actor } from '../../../lib/roles/actor';
import { shortfallOf } from './forecast-arithmetic';
import { departmentScope, seesDepartment } from './scope';

export interface ForecastRow {
  sku: string;
  name: string;
  unit: string;
  required: string;
  onHand: string;
  allocatedElsewhere: string;
  onOrder: string;
  /** On draft purchase orders (not placed, so not on order; the draft action leaves it out of new drafts). */
  onDraft: string;
  /** Earliest expected date of the open purchase order lines (YYYY-MM-DD), if any has one. */
  expectedAt: string | null;
  shortfall: string;
  /** The item's preferred supplier's code, if set. */
  preferredSupplier: string | null;
}

/**
 * The forecast query. `target` says which lots are forecast (a SQL condition on
 * "ProductionLot" l); every other released or running lot counts as allocated elsewhere.
 */
export function forecastQuery(target: Sql, lotNumber: string | null): Sql {
  return sql`WITH target_lot AS (
      SELECT id, number::text AS number, "departmentId" FROM "ProductionLot" WHERE ${lotNumber}::text IS NOT NULL AND number = ${lotNumber}::citext),
    lots AS (
      SELECT l.id, l.number::text AS number, l.status::text AS status, l.quantity, l."bomId", (${target}) AS target
      FROM "ProductionLot" l
      WHERE l.status IN ('PLANNED', 'RELEASED', 'IN_PROGRESS') OR l.id IN (SELECT id FROM target_lot)),
    -- Consumption postings naming a released or running lot, and their reversals.
    lot_groups AS (
      SELECT lt.id AS lot_id, g.id AS group_id FROM lots lt
      JOIN "PostingGroup" g ON g."refKind" = 'production_lot' AND g."refNumber" = lt.number
      WHERE lt.status IN ('RELEASED', 'IN_PROGRESS')
      UNION ALL
      SELECT lt.id, r.id FROM lots lt
      JOIN "PostingGroup" g ON g."refKind" = 'production_lot' AND g."refNumber" = lt.number
      JOIN "PostingGroup" r ON r."reversesGroupId" = g.id
      WHERE lt.status IN ('RELEASED', 'IN_PROGRESS')),
    consumed AS (
      SELECT lg.lot_id, e."itemId" AS item_id, -sum(e.quantity) AS qty
      FROM lot_groups lg JOIN "LedgerEntry" e ON e."groupId" = lg.group_id AND e."entryType" IN ('CONSUMPTION', 'REVERSAL')
      GROUP BY lg.lot_id, e."itemId"),
    need AS (
      SELECT bl."itemId" AS item_id,
        sum(CASE WHEN lt.status = 'PLANNED' THEN bl."quantityPer" * lt.quantity
                 WHEN lt.status IN ('RELEASED', 'IN_PROGRESS') THEN greatest(0, coalesce(a.quantity, bl."quantityPer" * lt.quantity) - coalesce(c.qty, 0))
                 ELSE 0 END) AS qty
      FROM lots lt JOIN "BomLine" bl ON bl."bomId" = lt."bomId"
      LEFT JOIN "LotAllocation" a ON a."lotId" = lt.id AND a."itemId" = bl."itemId"
      LEFT JOIN consumed c ON c.lot_id = lt.id AND c.item_id = bl."itemId"
      WHERE lt.target
      GROUP BY bl."itemId"),
    elsewhere AS (
      SELECT a."itemId" AS item_id, sum(greatest(0, a.quantity - coalesce(c.qty, 0))) AS qty
      FROM lots lt JOIN "LotAllocation" a ON a."lotId" = lt.id
      LEFT JOIN consumed c ON c.lot_id = lt.id AND c.item_id = a."itemId"
      WHERE NOT lt.target AND lt.status IN ('RELEASED', 'IN_PROGRESS') AND a."itemId" IN (SELECT item_id FROM need)
      GROUP BY a."itemId"),
    on_hand AS (
      SELECT b."itemId" AS item_id, sum(b.quantity) AS qty
      FROM "StockBalance" b JOIN "Batch" bt ON bt.id = b."batchId"
      WHERE b."itemId" IN (SELECT item_id FROM need) AND b.status = 'AVAILABLE' AND NOT b.unreceived AND bt."ownerId" IS NULL
      GROUP BY b."itemId"),
    on_order AS (
      SELECT pl."itemId" AS item_id, sum(pl.quantity - pl.received) AS qty, min(pl."expectedAt") AS expected
      FROM "PurchaseOrderLine" pl JOIN "PurchaseOrder" po ON po.id = pl."orderId"
      WHERE pl."itemId" IN (SELECT item_id FROM need) AND po.status IN ('PLACED', 'PARTIALLY_RECEIVED') AND pl.quantity > pl.received
      GROUP BY pl."itemId"),
    on_draft AS (
      SELECT pl."itemId" AS item_id, sum(pl.quantity) AS qty
      FROM "PurchaseOrderLine" pl JOIN "PurchaseOrder" po ON po.id = pl."orderId"
      WHERE pl."itemId" IN (SELECT item_id FROM need) AND po.status = 'DRAFT'
      GROUP BY pl."itemId"),
    result AS (
      SELECT i.sku::text AS sku, i.name, u.code AS unit, u.decimals, n.qty::text AS required, coalesce(h.qty, 0)::text AS "onHand",
        coalesce(e.qty, 0)::text AS "allocatedElsewhere", coalesce(o.qty, 0)::text AS "onOrder", coalesce(dr.qty, 0)::text AS "onDraft", to_char(o.expected, 'YYYY-MM-DD') AS "expectedAt",
        sp.code::text AS "preferredSupplier"
      FROM need n JOIN "Item" i ON i.id = n.item_id JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
      LEFT JOIN elsewhere e ON e.item_id = n.item_id LEFT JOIN on_hand h ON h.item_id = n.item_id LEFT JOIN on_order o ON o.item_id = n.item_id
      LEFT JOIN on_draft dr ON dr.item_id = n.item_id
      LEFT JOIN "ItemPurchasing" ip ON ip."itemId" = n.item_id LEFT JOIN "Partner" sp ON sp.id = ip."preferredSupplierId")
    -- At least one row, so a lot without components is told from an unknown lot; rows are sorted by the caller (cheaper than citext comparisons).
    SELECT t."departmentId" AS "lotDepartmentId", r.* FROM (SELECT 1) one LEFT JOIN target_lot t ON TRUE LEFT JOIN result r ON TRUE`;
}

interface RawRow {
  lotDepartmentId: number | null;
  sku: string | null;
  name: string;
  unit: string;
  decimals: number;
  required: string;
  onHand: string;
  allocatedElsewhere: string;
  onOrder: string;
  onDraft: string;
  expectedAt: string | null;
  preferredSupplier: string | null;
}

const bySku = (a: ForecastRow, b: ForecastRow) => {
  const x = a.sku.toUpperCase();
  const y = b.sku.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

const rowsOf = (raw: RawRow[]) => raw.filter((r) => r.sku !== null).map(toRow).sort(bySku);

function toRow(r: RawRow): ForecastRow {
  const f = { required: fromDb(r.required), onHand: fromDb(r.onHand), allocatedElsewhere: fromDb(r.allocatedElsewhere), onOrder: fromDb(r.onOrder) };
  const fmt = (q: bigint) => formatQuantity(q, r.decimals);
  return {
    sku: r.sku!,
    name: r.name,
    unit: r.unit,
    required: fmt(f.required),
    onHand: fmt(f.onHand),
    allocatedElsewhere: fmt(f.allocatedElsewhere),
    onOrder: fmt(f.onOrder),
    onDraft: fmt(fromDb(r.onDraft)),
    expectedAt: r.expectedAt,
    shortfall: fmt(shortfallOf(f)),
    preferredSupplier: r.preferredSupplier,
  };
}

/** The forecast of one production lot (404 when the actor does not see it). */
export async function forecastForLot(actor: Actor, number: string): Promise<ForecastRow[]> {
  requirePluginPermission(actor, 'purchasing.view');
  const lotNumber = String(number ?? '').trim();
  const { rows } = await pool().query(render(forecastQuery(sql`l.number = ${lotNumber}::citext`, lotNumber)));
  const department = (rows[0] as RawRow).lotDepartmentId;
  if (department === null || !seesDepartment(actor, department)) throw new DomainError('NOT_FOUND', `There is no production lot ${lotNumber}.`);
  return rowsOf(rows);
}

/** The roll-up over the planned and released lots the actor sees: required summed per component, the shortfall computed on the sums. */
export async function forecastAll(actor: Actor, db: Pick<SqlClient, 'query'> = pool()): Promise<ForecastRow[]> {
  requirePluginPermission(actor, 'purchasing.view');
  const { rows } = await db.query(render(forecastQuery(sql`l.status IN ('PLANNED', 'RELEASED') AND ${departmentScope(actor, 'l')}`, null)));
  return rowsOf(rows);
}
