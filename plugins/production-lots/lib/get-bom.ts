// A product's BOM as the actor may read it: the latest version (or the one asked
// for) with its lines, and the list of versions. A product without a BOM has none yet.
import { pool } from '../../../lib/db/pool';
import { render, sql } from '../../../lib/db/sql';
import { invalid, notFound } from '../../../lib/errors';
import { formatQuantity, fromDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { BUILT_KINDS } from './bom-schemas';

export interface BomLineView {
  position: number;
  sku: string;
  name: string;
  unit: string;
  quantityPer: string;
  designators: string | null;
  alternates: string[];
}

export interface BomVersionSummary {
  version: number;
  createdAt: string;
  createdBy: string;
  lineCount: number;
  note: string | null;
}

export interface BomView {
  product: { sku: string; name: string; kind: string; unit: string; active: boolean; canHaveBom: boolean };
  /** The version shown (the latest unless one was asked for), or null when the product has no BOM yet. */
  version: number | null;
  lines: BomLineView[];
  /** Newest first. */
  versions: BomVersionSummary[];
}

export async function getBom(actor: Actor, sku: string, version?: number | null): Promise<BomView> {
  requirePluginPermission(actor, 'lots.view');
  const wanted = String(sku ?? '').trim();
  if (!wanted || wanted.length > 64) throw notFound('The item');
  if (version !== undefined && version !== null && (!Number.isSafeInteger(version) || version < 1)) throw invalid('version', 'A version is a whole number from 1.');
  const { rows } = await pool().query(
    render(sql`SELECT i.id, i.sku::text AS sku, i.name, i."kindCode" AS kind, i.active, i."unitCode" AS unit FROM "Item" i WHERE i.sku = ${wanted}::citext`),
  );
  const item = rows[0];
  if (!item) throw notFound('The item');
  const { rows: versions } = await pool().query(
    render(sql`SELECT b.id, b.version, b.note, b."createdAt" AS created_at, u.name AS created_by, (SELECT count(*)::int FROM "BomLine" l WHERE l."bomId" = b.id) AS line_count
      FROM "Bom" b LEFT JOIN "User" u ON u.id = b."createdById" WHERE b."itemId" = ${item.id} ORDER BY b.version DESC`),
  );
  const shown = version ? versions.find((v) => v.version === version) : versions[0];
  if (version && !shown) throw notFound(`Version ${version} of the BOM of ${item.sku}`);
  const { rows: lines } = shown
    ? await pool().query(
        render(sql`SELECT l.position, i.sku::text AS sku, i.name, u.code AS unit, u.decimals, l."quantityPer"::text AS quantity_per, l.designators, l.alternates
          FROM "BomLine" l JOIN "Item" i ON i.id = l."itemId" JOIN "UnitOfMeasure" u ON u.code = i."unitCode"
          WHERE l."bomId" = ${shown.id} ORDER BY l.position`),
      )
    : { rows: [] };
  return {
    product: { sku: item.sku, name: item.name, kind: item.kind, unit: item.unit, active: item.active, canHaveBom: (BUILT_KINDS as readonly string[]).includes(item.kind) },
    version: shown?.version ?? null,
    lines: lines.map((l) => ({
      position: l.position,
      sku: l.sku,
      name: l.name,
      unit: l.unit,
      quantityPer: formatQuantity(fromDb(l.quantity_per), l.decimals),
      designators: l.designators,
      alternates: l.alternates ?? [],
    })),
    versions: versions.map((v) => ({ version: v.version, createdAt: new Date(v.created_at).toISOString(), createdBy: v.created_by ?? '', lineCount: v.line_count, note: v.note })),
  };
}
