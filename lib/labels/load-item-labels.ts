// The label of one item of the catalogue (everyone who sees inventory reads the catalogue).
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { checkLabelCount, distinctCodes } from './label-limits';
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

/** Items picked in a list, in the order given (repeats once); any unknown SKU makes it not found. */
export async function loadItemLabelsByList(actor: Actor, skus: string[]): Promise<Label[]> {
  requirePermission(actor, 'inventory.view');
  const wanted = distinctCodes(skus, 64);
  if (!wanted.length) throw invalid('key', 'Choose at least one item.');
  checkLabelCount(wanted.length);
  const { rows } = await pool().query(render(sql`SELECT sku, name, barcode FROM "Item" WHERE sku = ANY(${wanted}::citext[])`));
  const bySku = new Map(rows.map((r) => [String(r.sku).toLowerCase(), r]));
  return wanted.map((sku) => {
    const row = bySku.get(sku.toLowerCase());
    if (!row) throw notFound(`The item ${sku}`);
    return itemLabel(row);
  });
}
