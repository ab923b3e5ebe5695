// Everything a scanning session needs before its lots are read: the checks of
// who may run the workflow, the target (sales order or work order), the places
// and every line's code resolved, and the stock positions the posting touches.
import type { SqlClient } from '../db/transaction';
import { DomainError, invalid } from '../errors';
import { parseQuantity, type Qty } from '../inventory/quantity';
import { fromDb } from '../inventory/quantity';
import { scanTargetProvidersFor, type ScanTargetProvider } from '../plugins';
import { requirePermission, type Actor } from '../roles/actor';
import { render, sql } from '../db/sql';
import { workOrderScope } from '../scope/serial-scope';
import { parseInput } from '../validation';
import { lookupCodes, type Scanned } from './lookup-codes';
import type { PlannedLine, ScanContext } from './plan-scan';
import { scanSessionSchema, type ScanSessionInput } from './scan-input';
import { splitCode } from './split-code';

type Queryable = Pick<SqlClient, 'query'>;

const PERMISSION = {
  sales: 'inventory.ship',
  production: 'scan.production',
  receive: 'inventory.receive',
  move: 'inventory.transfer',
  consume: 'inventory.consume',
  count: 'inventory.adjust',
} as const;

export interface Target {
  /** sales_order, work_order, or a plugin's run (production_lot). */
  kind: string;
  id: number;
  number: string;
  label: string;
  /** The plugin that offered the run (extension point "scan targets"); null for core's orders. */
  provider: ScanTargetProvider | null;
}

export interface PreparedScan {
  input: ScanSessionInput;
  target: Target | null;
  lines: PlannedLine[];
  context: Omit<ScanContext, 'lots'>;
  positions: { itemId: number; locationId: number }[];
  labels: { items: Map<number, { sku: string; decimals: number }>; locations: Map<number, string> };
}

async function loadTarget(client: Queryable, actor: Actor, input: ScanSessionInput): Promise<{ target: Target | null; openByItem?: ScanContext['openByItem'] }> {
  if (input.workflow === 'general') return { target: null };
  if (!input.target) throw invalid('target', input.workflow === 'sales' ? 'Choose the sales order you deliver.' : 'Choose the production run.');
  if (input.workflow === 'sales') {
    const { rows } = await client.query(
      `SELECT o.id, o.number, o.status, o."expectedAt", p.name AS partner,
              coalesce(json_agg(json_build_object('lineId', l.id, 'itemId', l."itemId", 'open', (l.quantity - l.delivered)::text)) FILTER (WHERE l.id IS NOT NULL), '[]') AS lines
       FROM "SalesOrder" o JOIN "Partner" p ON p.id = o."partnerId" LEFT JOIN "SalesOrderLine" l ON l."orderId" = o.id
       WHERE o.number = $1::citext AND ($2::int IS NULL OR o."departmentId" = $2::int) GROUP BY o.id, p.name`,
      [input.target, actor.role === 'ADMIN' ? null : actor.departmentId],
    );
    const o = rows[0];
    if (!o) throw invalid('target', `Unknown sales order "${input.target}".`);
    if (o.status !== 'OPEN') throw invalid('target', `Sales order ${o.number} is ${String(o.status).toLowerCase()}.`);
    const openByItem = new Map<number, { lineId: number; open: Qty }>(o.lines.map((l: { lineId: number; itemId: number; open: string }) => [l.itemId, { lineId: l.lineId, open: fromDb(l.open) }]));
    return { target: { kind: 'sales_order', id: o.id, number: o.number, label: `${o.number} · ${o.partner}`, provider: null }, openByItem };
  }
  // Production: a plugin's run first (its lots, when the plugin is enabled for the actor), then work orders.
  for (const provider of scanTargetProvidersFor(actor)) {
    const run = await provider.resolve(client, actor, input.target);
    if (run) return { target: { ...run, provider } };
  }
  const { rows } = await client.query(
    render(sql`SELECT w.id, w.number, w.status, w."dueAt", i.sku FROM "WorkOrder" w JOIN "Item" i ON i.id = w."itemId"
      WHERE w.number = ${input.target}::citext AND ${workOrderScope(actor, 'w')}`),
  );
  const w = rows[0];
  if (!w) throw invalid('target', `Unknown production run "${input.target}".`);
  if (w.status !== 'OPEN' && w.status !== 'IN_PROGRESS') throw invalid('target', `Work order ${w.number} is ${String(w.status).toLowerCase().replace('_', ' ')}.`);
  return { target: { kind: 'work_order', id: w.id, number: w.number, label: `${w.number} · ${w.sku}`, provider: null } };
}

export async function prepareScan(client: Queryable, actor: Actor, raw: unknown): Promise<PreparedScan> {
  requirePermission(actor, 'scan.use');
  const input = parseInput(scanSessionSchema, raw);
  if (input.workflow === 'general' && !input.action) throw invalid('action', 'Choose receive, move, consume or count.');
  requirePermission(actor, PERMISSION[input.workflow === 'general' ? input.action! : input.workflow]);
  const { target, openByItem } = await loadTarget(client, actor, input);

  const split = input.lines.map((l) => splitCode(l.code));
  const places = [input.location, input.to].filter((c): c is string => !!c);
  const found = await lookupCodes(client, actor, [...split.map((s) => s.code), ...places], split.map((s) => s.partNumber));
  const place = (code: string | undefined, field: string) => {
    if (!code) return null;
    const hit = found[split.length + places.indexOf(code)];
    if (hit.kind !== 'location') throw invalid(field, `Unknown storage unit "${code}".`);
    if (hit.location.transit) throw invalid(field, `${hit.location.code} holds stock in transit: receive or close its transit document instead.`);
    return { id: hit.location.id, code: hit.location.code };
  };
  const source = place(input.location, 'location');
  const destination = place(input.to, 'to');

  const lines: PlannedLine[] = input.lines.map((l, index) => {
    const scanned: Scanned = found[index];
    const typed = l.quantity ?? split[index].quantity;
    let quantity: Qty | null = null;
    if (typed !== null && typed !== undefined && scanned.kind !== 'unknown' && scanned.kind !== 'location') {
      const parsed = parseQuantity(typed, scanned.item.decimals);
      if (!parsed.ok) throw invalid(`lines.${index}.quantity`, parsed.reason);
      quantity = parsed.value;
    }
    return { index, scanned, quantity, supplierLot: split[index].supplierLot };
  });

  // Where serial units are now: their batch's storage unit.
  const batches = lines.flatMap((l) => (l.scanned.kind === 'serial' && l.scanned.serial.batchId !== null ? [l.scanned.serial.batchId.toString()] : []));
  const serialPlaces = new Map<bigint, { id: number; code: string }>();
  if (batches.length) {
    const { rows } = await client.query(
      `SELECT b."batchId"::text AS batch_id, l.id, l.code FROM "StockBalance" b JOIN "Location" l ON l.id = b."locationId" WHERE b."batchId" = ANY($1::bigint[]) AND b.quantity > 0`,
      [batches],
    );
    for (const r of rows) serialPlaces.set(BigInt(r.batch_id), { id: r.id, code: r.code });
  }

  const items = new Map<number, { sku: string; decimals: number }>();
  const positions: { itemId: number; locationId: number }[] = [];
  const locations = new Map<number, string>([source, destination].filter((p): p is { id: number; code: string } => !!p).map((p) => [p.id, p.code]));
  for (const l of lines) {
    const s = l.scanned;
    if (s.kind !== 'item' && s.kind !== 'lot' && s.kind !== 'serial') continue;
    items.set(s.item.id, { sku: s.item.sku, decimals: s.item.decimals });
    const at = s.kind === 'serial' ? (s.serial.batchId !== null ? serialPlaces.get(s.serial.batchId) : undefined) : source ?? undefined;
    if (at) {
      positions.push({ itemId: s.item.id, locationId: at.id });
      locations.set(at.id, at.code);
    }
    if (destination) positions.push({ itemId: s.item.id, locationId: destination.id });
  }
  if (!positions.length && lines.every((l) => l.scanned.kind === 'unknown')) {
    // Nothing resolvable: the plan reports each line; no stock to read.
  }
  return { input, target, lines, context: { workflow: input.workflow, action: input.action, source, destination, openByItem, serialPlaces }, positions, labels: { items, locations } };
}

/** A plan with line errors as one refusal: every line's message under `lines.N`. */
export function lineErrors(errors: { index: number; error: string | null }[]): DomainError {
  const fieldErrors = Object.fromEntries(errors.filter((e) => e.error).map((e) => [`lines.${e.index}`, e.error!]));
  const n = Object.keys(fieldErrors).length;
  return new DomainError('INVALID_INPUT', n === 1 ? Object.values(fieldErrors)[0] : `${n} lines need attention; nothing was posted.`, fieldErrors);
}
