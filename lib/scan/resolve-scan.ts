// One scan, resolved for the person holding the scanner: what it is (item,
// storage unit, lot or serial), its name, what is available and where, and the
// quantity or lot a prefix or bag label carried. Unknown codes answer NOT_FOUND.
import { z } from 'zod';
import { pool } from '../db/pool';
import { render, sql, empty } from '../db/sql';
import { DomainError } from '../errors';
import { batchLabel } from '../inventory/lots';
import { formatQuantity, fromDb } from '../inventory/quantity';
import { requirePermission, type Actor } from '../roles/actor';
import { siteDepartmentFilter } from '../scope/site-scope';
import { SERIAL_STATUS_API } from '../serials/serial-status';
import { parseInput } from '../validation';
import { lookupCodes } from './lookup-codes';
import { splitCode } from './split-code';

export const resolveScanSchema = z.object({
  code: z.string({ message: 'Scan or type a code.' }).trim().min(1, 'Scan or type a code.').max(4000, 'This code is too long.'),
  location: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(64).optional()),
});

export type ResolvedScan =
  | { kind: 'location'; code: string; location: { code: string; name: string } }
  | { kind: 'item' | 'lot'; code: string; sku: string; name: string; unit: string; batch: string | null; quantity: string | null; supplierLot: string | null; available: string; availableHere: string | null; locations: { code: string; quantity: string }[] }
  | { kind: 'serial'; code: string; serial: string; sku: string; name: string; status: string; location: string | null };

export async function resolveScan(actor: Actor, input: unknown): Promise<ResolvedScan> {
  requirePermission(actor, 'scan.use');
  const data = parseInput(resolveScanSchema, input);
  const split = splitCode(data.code);
  const [hit] = await lookupCodes(pool(), actor, [split.code], [split.partNumber]);
  if (hit.kind === 'unknown') throw new DomainError('NOT_FOUND', `Unknown code "${split.code.slice(0, 80)}".`, { code: `Unknown code "${split.code.slice(0, 80)}".` });
  if (hit.kind === 'location') return { kind: 'location', code: hit.code, location: { code: hit.location.code, name: hit.location.name } };
  if (hit.kind === 'serial') {
    const { rows } = await pool().query(`SELECT l.code FROM "StockBalance" b JOIN "Location" l ON l.id = b."locationId" WHERE b."batchId" = $1 AND b.quantity > 0 LIMIT 1`, [hit.serial.batchId?.toString() ?? null]);
    return { kind: 'serial', code: hit.code, serial: hit.serial.serial, sku: hit.item.sku, name: hit.item.name, status: SERIAL_STATUS_API[hit.serial.status], location: hit.serial.status === 'IN_STOCK' ? (rows[0]?.code ?? null) : null };
  }
  const department = siteDepartmentFilter(actor);
  const { rows } = await pool().query(
    render(sql`SELECT l.code, sum(b.quantity)::text AS quantity
      FROM "StockBalance" b JOIN "Location" l ON l.id = b."locationId" JOIN "Location" site ON site.id = coalesce(l."siteId", l.id)
      WHERE b."itemId" = ${hit.item.id} AND b.status = 'AVAILABLE' AND b.quantity > 0 AND NOT b.unreceived
        AND EXISTS (SELECT 1 FROM "Batch" bt WHERE bt.id = b."batchId" AND bt."ownerId" IS NULL)
        ${hit.kind === 'lot' ? sql`AND b."batchId" = ${hit.batch.id.toString()}::bigint` : empty}
        AND (${department}::int IS NULL OR site."departmentId" = ${department}::int)
      GROUP BY l.code ORDER BY sum(b.quantity) DESC, l.code`),
  );
  const fmt = (q: string) => formatQuantity(fromDb(q), hit.item.decimals);
  const total = rows.reduce((a, r) => a + fromDb(r.quantity), 0n);
  const here = data.location ? rows.find((r) => r.code.toLowerCase() === data.location!.toLowerCase()) : undefined;
  return {
    kind: hit.kind,
    code: hit.code,
    sku: hit.item.sku,
    name: hit.item.name,
    unit: hit.item.unit,
    batch: hit.kind === 'lot' ? batchLabel(hit.batch.number) : null,
    quantity: split.quantity,
    supplierLot: split.supplierLot,
    available: formatQuantity(total, hit.item.decimals),
    availableHere: data.location ? (here ? fmt(here.quantity) : '0') : null,
    locations: rows.slice(0, 8).map((r) => ({ code: r.code, quantity: fmt(r.quantity) })),
  };
}
