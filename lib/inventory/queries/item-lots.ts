// The lots (batch at a storage unit) of one item: batch number, quantity,
// supplier, received date, cost, owner. Empty lots only on request (traceability).
import { z } from 'zod';
import { db } from '../../db/client';
import { pool } from '../../db/pool';
import { empty, render, sql } from '../../db/sql';
import { notFound } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { siteDepartmentFilter } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { batchLabel } from '../lots';
import { formatQuantity, fromDb } from '../quantity';
import { scopedLocationPath } from './scoped-location-path';
import { inDepartmentSites } from '../../scope/department-sites-sql';

export const itemLotsSchema = z.object({
  sku: z.string().trim().min(1).max(64),
  includeEmpty: z.preprocess((v) => v === true || v === 'true' || v === '1', z.boolean()).default(false),
  location: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(64).optional()),
});

export interface LotRow {
  location: string;
  locationName: string;
  batch: string;
  status: 'available' | 'on_hold' | 'rejected';
  quantity: string;
  supplier: string | null;
  supplierLot: string | null;
  receivedAt: string;
  expiresAt: string | null;
  unitCost: string | null;
  owner: string | null;
}

export async function listItemLots(actor: Actor, input: unknown): Promise<{ sku: string; name: string; unit: string; lots: LotRow[] }> {
  requirePermission(actor, 'inventory.view');
  const f = parseInput(itemLotsSchema, input);
  const item = await db().item.findUnique({ where: { sku: f.sku }, include: { unit: true } });
  if (!item) throw notFound(`Item ${f.sku}`);
  const dept = siteDepartmentFilter(actor);
  const path = await scopedLocationPath(actor, f.location, 'location');
  const { rows } = await pool().query(
    render(sql`
      SELECT l.code::text AS location, l.name AS location_name, bt.number, b.status, b.quantity::text, bt.supplier, bt."supplierLot",
             bt."receivedAt", bt."expiresAt", bt."unitCost"::text, p.code::text AS owner
      FROM "StockBalance" b
      JOIN "Batch" bt ON bt.id = b."batchId"
      JOIN "Location" l ON l.id = b."locationId"
      LEFT JOIN "Partner" p ON p.id = bt."ownerId"
      WHERE b."itemId" = ${item.id}
        ${f.includeEmpty ? empty : sql`AND b.quantity <> 0`}
        ${path ? sql`AND l.path LIKE ${`${path}%`}` : empty}
        ${dept !== null ? sql`AND ${inDepartmentSites(sql`l."siteId"`, dept)}` : empty}
      ORDER BY l.code, bt."receivedAt", bt.number, b.status`),
  );
  return {
    sku: item.sku,
    name: item.name,
    unit: item.unit.code,
    lots: rows.map((r) => ({
      location: r.location,
      locationName: r.location_name,
      batch: batchLabel(r.number),
      status: r.status.toLowerCase(),
      quantity: formatQuantity(fromDb(r.quantity), item.unit.decimals),
      supplier: r.supplier,
      supplierLot: r.supplierLot,
      receivedAt: r.receivedAt.toISOString(),
      expiresAt: r.expiresAt ? r.expiresAt.toISOString() : null,
      unitCost: r.unitCost ?? null,
      owner: r.owner,
    })),
  };
}
