// Movement history: ledger entries newest first, for an item, a location (and
// everything beneath it) or both, with the posting's reference, user and note.
import { z } from 'zod';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { empty, join, render, sql } from '../../db/sql';
import { invalid } from '../../errors';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../../pagination';
import { requirePermission, type Actor } from '../../roles/actor';
import { siteDepartmentFilter } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { batchLabel } from '../lots';
import { optionalDate } from '../movement-input';
import { scopedLocationPath } from './scoped-location-path';
import { formatQuantity, fromDb } from '../quantity';
import { referenceHref } from '../reference-link';
import { inDepartmentSites } from '../../scope/department-sites-sql';

const opt = (max: number) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().max(max).optional());
export const movementHistorySchema = z.object({
  sku: opt(64),
  location: opt(64),
  type: z.preprocess(
    (v) => (v === '' || v === null ? undefined : typeof v === 'string' ? v.trim().toUpperCase() : v),
    z.enum(['RECEIPT', 'PRODUCTION_OUTPUT', 'SHIPMENT', 'CONSUMPTION', 'ADJUST_UP', 'ADJUST_DOWN', 'TRANSFER_OUT', 'TRANSFER_IN', 'STATUS_CHANGE', 'REVERSAL'], { message: 'Unknown movement type.' }).optional(),
  ),
  user: opt(320),
  from: optionalDate,
  to: optionalDate,
});

export interface MovementRow {
  id: string;
  groupId: string;
  postedAt: string;
  kind: string;
  entryType: string;
  sku: string;
  location: string;
  batch: string;
  status: string;
  quantity: string;
  balanceBefore: string;
  balanceAfter: string;
  user: string;
  reason: string | null;
  note: string | null;
  reference: string | null;
  /** The referenced document's page, when there is one the actor can open. */
  referenceHref: string | null;
  reversed: boolean;
}

export async function listMovements(actor: Actor, input: unknown, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<MovementRow>> {
  requirePermission(actor, 'inventory.view');
  const f = parseInput(movementHistorySchema, input);
  const limit = clampLimit(page.limit);
  const item = f.sku ? await db().item.findUnique({ where: { sku: f.sku }, select: { id: true } }) : null;
  if (f.sku && !item) throw invalid('sku', `Unknown SKU "${f.sku}".`);
  const path = await scopedLocationPath(actor, f.location, 'location');
  const loc = path ? { path } : null;
  const dept = siteDepartmentFilter(actor);
  const keys = decodeCursor(page.cursor, 1);
  const where = join(
    [
      sql`true`,
      item ? sql`e."itemId" = ${item.id}` : empty,
      loc ? sql`e."locationId" IN (SELECT id FROM "Location" WHERE path LIKE ${`${loc.path}%`})` : empty,
      f.type ? sql`e."entryType"::text = ${f.type.toUpperCase()}` : empty,
      f.user ? sql`u.email = ${f.user.toLowerCase()}` : empty,
      f.from ? sql`e."postedAt" >= ${f.from}` : empty,
      f.to ? sql`e."postedAt" <= ${f.to}` : empty,
      dept !== null ? inDepartmentSites(sql`l."siteId"`, dept) : empty,
      keys ? sql`e.id < ${String(keys[0])}::bigint` : empty,
    ].filter((p) => p !== empty),
    ' AND ',
  );
  const { rows } = await pool().query(
    render(sql`
      SELECT e.id::text, e."groupId", e."postedAt", g.kind, e."entryType", i.sku::text, un.decimals, l.code::text AS location, bt.number, e.status,
             e.quantity::text, e."balanceBefore"::text, e."balanceAfter"::text, u.name AS user_name, g.reason, e.note,
             e."refKind", e."refNumber", g."reversedByGroupId"
      FROM "LedgerEntry" e
      JOIN "PostingGroup" g ON g.id = e."groupId"
      JOIN "Item" i ON i.id = e."itemId"
      JOIN "UnitOfMeasure" un ON un.code = i."unitCode"
      JOIN "Location" l ON l.id = e."locationId"
      JOIN "Batch" bt ON bt.id = e."batchId"
      JOIN "User" u ON u.id = e."actorId"
      WHERE ${where}
      ORDER BY e.id DESC
      LIMIT ${limit + 1}`),
  );
  const data: MovementRow[] = rows.slice(0, limit).map((r) => {
    const q = (v: string) => formatQuantity(fromDb(v), r.decimals);
    return {
      id: r.id,
      groupId: r.groupId,
      postedAt: r.postedAt.toISOString(),
      kind: r.kind,
      entryType: r.entryType,
      sku: r.sku,
      location: r.location,
      batch: batchLabel(r.number),
      status: r.status.toLowerCase(),
      quantity: q(r.quantity),
      balanceBefore: q(r.balanceBefore),
      balanceAfter: q(r.balanceAfter),
      user: r.user_name,
      reason: r.reason,
      note: r.note,
      reference: r.refKind ? `${r.refKind}${r.refNumber ? ` ${r.refNumber}` : ''}` : null,
      referenceHref: referenceHref(actor, r.refKind, r.refNumber),
      reversed: r.reversedByGroupId !== null,
    };
  });
  const nextCursor = rows.length > limit ? encodeCursor([data[data.length - 1].id]) : null;
  return { data, nextCursor };
}
