// A product's bill of materials: every save is a new version (previous + 1), so
// a lot keeps the version it was planned with. Components must exist, be
// active and differ from the product; quantities fit the component's unit.
import { render, sql } from '../../../lib/db/sql';
import { inTransaction } from '../../../lib/db/transaction';
import { DomainError, invalid } from '../../../lib/errors';
import { parseQuantity, toDb } from '../../../lib/inventory/quantity';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { parseInput } from '../../../lib/validation';
import { BUILT_KINDS, saveBomSchema } from './bom-schemas';

export interface SavedBom {
  product: string;
  version: number;
}

/** Keeps quantity per × lot quantity within numeric(20, 6) (see LOT_QUANTITY_MAX). */
export const QUANTITY_PER_MAX = 100_000n;

interface ItemRow {
  id: number;
  sku: string;
  active: boolean;
  decimals: number;
}

export async function saveBom(actor: Actor, input: unknown): Promise<SavedBom> {
  requirePluginPermission(actor, 'lots.manage');
  const data = parseInput(saveBomSchema, input);
  const skus = [...new Set(data.lines.flatMap((l) => [l.sku, ...l.alternates]))];
  return inTransaction(async (client) => {
    const { rows: products } = await client.query(
      render(sql`SELECT i.id, i.sku::text AS sku, i.active, i."kindCode" AS kind, k.name AS kind_name FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" WHERE i.sku = ${data.product}::citext`),
    );
    const product = products[0];
    if (!product) throw invalid('product', `There is no item ${data.product}.`);
    if (!product.active) throw invalid('product', `${product.sku} is inactive.`);
    if (!(BUILT_KINDS as readonly string[]).includes(product.kind)) throw invalid('product', `${product.sku} is of kind ${product.kind_name}; a BOM belongs to an assembly, product, PCBA or panel.`);
    // One save per product at a time, so versions follow each other without gaps or clashes.
    await client.query(render(sql`SELECT pg_advisory_xact_lock(hashtext('bom'), ${product.id})`));
    const { rows } = await client.query(
      render(sql`SELECT i.id, i.sku::text AS sku, i.active, u.decimals FROM "Item" i JOIN "UnitOfMeasure" u ON u.code = i."unitCode" WHERE i.sku = ANY(${skus}::citext[])`),
    );
    const bySku = new Map((rows as ItemRow[]).map((r) => [r.sku.toLowerCase(), r]));
    const errors: Record<string, string> = {};
    const seen = new Set<number>();
    const lines = data.lines.map((line, i) => {
      const item = bySku.get(line.sku.toLowerCase());
      const at = (field: string, message: string): null => {
        errors[`lines.${i}.${field}`] ??= message;
        return null;
      };
      if (!item) return at('sku', `Unknown SKU "${line.sku}".`);
      if (!item.active) return at('sku', `${item.sku} is inactive.`);
      if (item.id === product.id) return at('sku', `${item.sku} is the product itself.`);
      if (seen.has(item.id)) return at('sku', `${item.sku} is on the BOM twice; give it one line.`);
      seen.add(item.id);
      const quantity = parseQuantity(line.quantityPer, item.decimals);
      if (!quantity.ok) return at('quantityPer', quantity.reason);
      if (quantity.value <= 0n) return at('quantityPer', 'Enter a quantity above zero.');
      if (quantity.value > QUANTITY_PER_MAX * 10n ** 6n) return at('quantityPer', 'At most 100,000 per unit.');
      const alternates: string[] = [];
      for (const alt of line.alternates) {
        const a = bySku.get(alt.toLowerCase());
        if (!a) return at('alternates', `Unknown alternate SKU "${alt}".`);
        if (a.id === item.id || a.id === product.id) return at('alternates', `${a.sku} cannot stand in for ${a.id === item.id ? 'itself' : 'the product'}.`);
        if (!alternates.includes(a.sku)) alternates.push(a.sku);
      }
      return { itemId: item.id, quantityPer: toDb(quantity.value), designators: line.designators, alternates };
    });
    if (Object.keys(errors).length) {
      const first = Object.values(errors)[0];
      throw new DomainError('INVALID_INPUT', Object.keys(errors).length > 1 ? 'Check the highlighted lines.' : first, errors);
    }
    const { rows: made } = await client.query(
      render(sql`INSERT INTO "Bom" ("itemId", version, note, "createdById")
        SELECT ${product.id}, coalesce(max(version), 0) + 1, ${data.note}, ${actor.id} FROM "Bom" WHERE "itemId" = ${product.id}
        RETURNING id, version`),
    );
    const valid = lines.filter((l) => l !== null);
    await client.query(
      render(sql`INSERT INTO "BomLine" ("bomId", position, "itemId", "quantityPer", designators, alternates)
        SELECT ${made[0].id}, t.n, t.item, t.qty, t.des, CASE WHEN t.alts = '' THEN '{}'::text[] ELSE string_to_array(t.alts, E'\\x1f') END
        FROM unnest(${valid.map((l) => l.itemId)}::int[], ${valid.map((l) => l.quantityPer)}::numeric[], ${valid.map((l) => l.designators)}::text[],
                    ${valid.map((l) => l.alternates.join('\x1f'))}::text[]) WITH ORDINALITY AS t(item, qty, des, alts, n)`),
    );
    return { product: product.sku, version: made[0].version };
  });
}
