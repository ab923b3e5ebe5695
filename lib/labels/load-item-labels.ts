// The label of one item of the catalogue (everyone who sees inventory reads the catalogue).
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { itemLabel, type Label } from './label-templates';

export async function loadItemLabels(actor: Actor, sku: string): Promise<Label[]> {
  requirePermission(actor, 'inventory.view');
  const code = sku.trim();
  const { rows } = code.length <= 64
    ? await pool().query(render(sql`SELECT sku, name, barcode FROM "Item" WHERE sku = ${code}::citext`))
    : { rows: [] };
  if (!rows[0]) throw notFound('The item');
  return [itemLabel(rows[0])];
}
