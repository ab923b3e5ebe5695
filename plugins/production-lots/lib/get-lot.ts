// One production lot the actor may see (else "not found"): its summary, the BOM
// items with required, allocated and consumed quantities, the materials the
// ledger says it consumed with their FIFO cost, the output received and its serials.
import { pool } from '../../../lib/db/pool';
import { render, sql } from '../../../lib/db/sql';
import { notFound } from '../../../lib/errors';
import { formatQuantity, fromDb, type Qty } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { lotLedger, type MaterialUse } from './lot-ledger';
import { lotSerials, type LotSerials } from './lot-serials';
import { lotStatusApi, type LotStatusApi } from './lot-schemas';
import { LOT_NUMBER, lotScope } from './lot-scope';
import { requiredQuantity, stillToIssue } from './required-quantity';

export interface LotItemRow {
  sku: string;
  name: string;
  unit: string;
  quantityPer: string;
  designators: string | null;
  alternates: string[];
  required: string;
  allocated: string;
  /** Consumed of the component and its alternates. */
  consumed: string;
  toIssue: string;
}

export interface LotSummary {
  number: string;
  product: string;
  productName: string;
  productUnit: string;
  bomVersion: number;
  quantity: string;
  status: LotStatusApi;
  issueAt: string | null;
  completionAt: string | null;
  workOrder: string | null;
  department: string;
  createdAt: string;
}

export interface LotDetail extends LotSummary {
  createdBy: string;
  serialTracked: boolean;
  items: LotItemRow[];
  materials: Omit<MaterialUse, 'consumed' | 'itemId'>[];
  materialCost: string;
  output: string;
  /** Serial numbers of the output (made by completing the lot, or its work order's). */
  serials: LotSerials;
}

// Columns are UTC timestamps without a zone, read as text so no local zone creeps in.
const iso = (d: string | null) => (d ? new Date(`${d}Z`).toISOString() : null);

export const lotSummaryColumns = sql`p.number::text AS number, i.sku::text AS product, i.name AS product_name, i."unitCode" AS product_unit, pu.decimals AS product_decimals,
  b.version AS bom_version, p.quantity::text AS quantity, p.status, to_char(p."issueAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS issue_at,
  to_char(p."completionAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS completion_at, w.number::text AS work_order, d.name AS department,
  to_char(p."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS created_at`;
export const lotSummaryJoins = sql`JOIN "Item" i ON i.id = p."itemId" JOIN "UnitOfMeasure" pu ON pu.code = i."unitCode" JOIN "Bom" b ON b.id = p."bomId"
  JOIN "Department" d ON d.id = p."departmentId" LEFT JOIN "WorkOrder" w ON w.id = p."workOrderId"`;

export function lotSummaryOf(r: Record<string, never>): LotSummary {
  return {
    number: r.number,
    product: r.product,
    productName: r.product_name,
    productUnit: r.product_unit,
    bomVersion: r.bom_version,
    quantity: formatQuantity(fromDb(r.quantity), r.product_decimals),
    status: lotStatusApi(r.status),
    issueAt: iso(r.issue_at),
    completionAt: iso(r.completion_at),
    workOrder: r.work_order,
    department: r.department,
    createdAt: iso(r.created_at)!,
  };
}

export async function getLot(actor: Actor, number: string): Promise<LotDetail> {
  requirePluginPermission(actor, 'lots.view');
  const wanted = String(number ?? '').trim();
  if (!LOT_NUMBER.test(wanted)) throw notFound(`Production lot ${wanted.slice(0, 40)}`);
  const { rows } = await pool().query(
    render(sql`SELECT p.id, p."bomId" AS bom_id, ${lotSummaryColumns}, u.name AS created_by, k."serialTracked" AS serial_tracked, p."workOrderId" AS work_order_id
      FROM "ProductionLot" p ${lotSummaryJoins} JOIN "ItemKind" k ON k.code = i."kindCode" LEFT JOIN "User" u ON u.id = p."createdById"
      WHERE p.number = ${wanted}::citext AND ${lotScope(actor)}`),
  );
  const lot = rows[0];
  if (!lot) throw notFound(`Production lot ${wanted}`);
  const summary = lotSummaryOf(lot);
  const [lines, ledger, serials] = await Promise.all([
    pool().query(
      render(sql`SELECT c.id AS item_id, c.sku::text AS sku, c.name, u.code AS unit, u.decimals, l."quantityPer"::text AS quantity_per, l.designators, l.alternates,
          a.quantity::text AS allocated,
          (SELECT coalesce(array_agg(x.id), '{}') FROM "Item" x WHERE x.sku = ANY(l.alternates::citext[])) AS alternate_ids
        FROM "BomLine" l JOIN "Item" c ON c.id = l."itemId" JOIN "UnitOfMeasure" u ON u.code = c."unitCode"
        LEFT JOIN "LotAllocation" a ON a."lotId" = ${lot.id} AND a."itemId" = l."itemId"
        WHERE l."bomId" = ${lot.bom_id} ORDER BY l.position`),
    ),
    lotLedger(pool(), summary.number),
    lot.serial_tracked ? lotSerials(pool(), { number: summary.number, workOrderId: lot.work_order_id }) : { count: 0, serials: [] },
  ]);
  const consumedOf = new Map(ledger.materials.map((m) => [m.itemId, m.consumed]));
  const lotQuantity = fromDb(lot.quantity);
  const items = lines.rows.map((r) => {
    const consumed: Qty = [r.item_id, ...(r.alternate_ids as number[])].reduce((sum: Qty, id: number) => sum + (consumedOf.get(id) ?? 0n), 0n);
    const allocated = r.allocated === null ? 0n : fromDb(r.allocated);
    const fmt = (q: Qty) => formatQuantity(q, r.decimals);
    return {
      sku: r.sku,
      name: r.name,
      unit: r.unit,
      quantityPer: fmt(fromDb(r.quantity_per)),
      designators: r.designators,
      alternates: r.alternates ?? [],
      required: fmt(requiredQuantity(fromDb(r.quantity_per), lotQuantity, r.decimals)),
      allocated: fmt(allocated),
      consumed: fmt(consumed),
      toIssue: fmt(summary.status === 'released' || summary.status === 'in_progress' ? stillToIssue(allocated, consumed) : 0n),
    };
  });
  return {
    ...summary,
    createdBy: lot.created_by ?? '',
    serialTracked: lot.serial_tracked,
    items,
    materials: ledger.materials.map(({ sku, name, unit, quantity, value }) => ({ sku, name, unit, quantity, value })),
    materialCost: ledger.materialCost,
    output: formatQuantity(ledger.output, lot.product_decimals),
    serials,
  };
}
