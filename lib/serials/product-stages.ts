// A serial-tracked product's ordered stages (Assembly, Testing, ...) and serial
// pattern: read by everyone who sees serials, set by Admins. The list may be
// reordered, renamed and extended freely; a stage serials sit at cannot be
// removed, so no serial is ever left without its stage.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { pool } from '../db/pool';
import { render, sql } from '../db/sql';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { serialScope } from '../scope/serial-scope';
import { parseInput } from '../validation';
import { setProductStagesSchema } from './product-stage-schemas';
import { DEFAULT_SERIAL_PATTERN, exampleSerial } from './serial-pattern';

export interface ProductStage {
  id: number;
  position: number;
  name: string;
  optional: boolean;
  /** Serials the actor may see that sit at this stage now (any status). */
  serials: number;
}

export interface ProductStages {
  itemId: number;
  sku: string;
  name: string;
  kindName: string;
  serialTracked: boolean;
  /** As stored; null means the default. */
  serialPattern: string | null;
  patternInUse: string;
  exampleSerial: string;
  stages: ProductStage[];
}

/** `product` is a SKU (any letter case) or an item id. */
export async function listStages(actor: Actor, product: string | number): Promise<ProductStages> {
  requirePermission(actor, 'serials.view');
  const byId = typeof product === 'number';
  if (!byId && (typeof product !== 'string' || product.length > 64)) throw notFound('The product');
  const { rows: items } = await pool().query(
    render(sql`SELECT i.id, i.sku::text AS sku, i.name, k.name AS kind_name, k."serialTracked" AS serial_tracked, i."serialPattern" AS serial_pattern
      FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode"
      WHERE ${byId ? sql`i.id = ${product}` : sql`i.sku = ${String(product).trim()}::citext`}`),
  );
  const item = items[0];
  if (!item) throw notFound('The product');
  const { rows: stages } = await pool().query(
    render(sql`SELECT st.id, st.position, st.name, st.optional,
        (SELECT count(*)::int FROM "SerialUnit" s WHERE s."stageId" = st.id AND s."itemId" = st."itemId" AND ${serialScope(actor, 's')}) AS serials
      FROM "ProductStage" st WHERE st."itemId" = ${item.id} ORDER BY st.position`),
  );
  return {
    itemId: item.id,
    sku: item.sku,
    name: item.name,
    kindName: item.kind_name,
    serialTracked: item.serial_tracked,
    serialPattern: item.serial_pattern,
    patternInUse: item.serial_pattern ?? DEFAULT_SERIAL_PATTERN,
    exampleSerial: exampleSerial(item.serial_pattern, item.sku),
    stages,
  };
}

type Tx = Prisma.TransactionClient;
type StoredStage = { id: number; position: number; name: string; optional: boolean };

const snapshot = (stages: { name: string; optional: boolean }[], serialPattern: string | null) => ({
  stages: stages.map((s) => ({ name: s.name, optional: s.optional })),
  serialPattern,
});

export async function setProductStages(actor: Actor, input: unknown): Promise<{ sku: string; stages: string[] }> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(setProductStagesSchema, input);
  return db().$transaction(async (tx) => {
    // Stage edits of one product take turns, and work orders being created wait for them (create-work-order.ts).
    const [item] = await tx.$queryRaw<{ id: number; sku: string; serialPattern: string | null; serialTracked: boolean; kindName: string }[]>`
      SELECT i.id, i.sku::text AS sku, i."serialPattern", k."serialTracked", k.name AS "kindName"
      FROM "Item" i JOIN "ItemKind" k ON k.code = i."kindCode" WHERE i.sku = ${data.sku}::citext FOR NO KEY UPDATE OF i`;
    if (!item) throw notFound('The product');
    if (!item.serialTracked) throw invalid('sku', `${item.sku} is of kind ${item.kindName}, which is not serial-tracked; stages belong to serial-tracked products.`);
    const before = await tx.$queryRaw<StoredStage[]>`SELECT id, position, name, optional FROM "ProductStage" WHERE "itemId" = ${item.id} ORDER BY position`;

    const keptIds = matchStages(before, data.stages);
    const removed = before.filter((s) => !keptIds.includes(s.id));
    await refuseOccupied(tx, removed);
    await rewriteStages(tx, item.id, data.stages, keptIds, removed);

    const serialPattern = data.serialPattern === undefined ? item.serialPattern : data.serialPattern;
    if (serialPattern !== item.serialPattern) await tx.item.update({ where: { id: item.id }, data: { serialPattern } });
    await recordAuditEvent(tx, actor, { action: 'product.stages', entity: 'Item', entityId: item.id, before: snapshot(before, item.serialPattern), after: snapshot(data.stages, serialPattern) });
    return { sku: item.sku, stages: data.stages.map((s) => s.name) };
  });
}

/** For each listed stage, the stored stage it keeps (by id, else by name), or null for a new one. */
function matchStages(stored: StoredStage[], listed: { id: number | null; name: string }[]): (number | null)[] {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const claimed = new Set<number>();
  listed.forEach((s, i) => {
    if (s.id === null) return;
    if (!byId.has(s.id) || claimed.has(s.id)) throw invalid(`stages.${i}.name`, 'This stage is not one of the product’s stages (reload the page).');
    claimed.add(s.id);
  });
  return listed.map((s) => {
    if (s.id !== null) return s.id;
    const same = stored.find((t) => !claimed.has(t.id) && t.name.toLowerCase() === s.name.toLowerCase());
    if (!same) return null;
    claimed.add(same.id);
    return same.id;
  });
}

async function refuseOccupied(tx: Tx, removed: StoredStage[]): Promise<void> {
  if (!removed.length) return;
  const ids = removed.map((s) => s.id);
  // Locked first: a serial moving onto one of these stages right now commits before the count, or waits and then fails.
  await tx.$queryRaw`SELECT id FROM "ProductStage" WHERE id = ANY(${ids}::int[]) FOR UPDATE`;
  const counts = await tx.$queryRaw<{ stageId: number; n: number }[]>`
    SELECT "stageId", count(*)::int AS n FROM "SerialUnit" WHERE "stageId" = ANY(${ids}::int[]) GROUP BY "stageId"`;
  const occupied = removed.map((s) => ({ ...s, n: counts.find((c) => c.stageId === s.id)?.n ?? 0 })).filter((s) => s.n > 0);
  if (!occupied.length) return;
  const what = occupied.map((s) => `${s.n} serial${s.n === 1 ? ' is' : 's are'} at ${s.name}`).join('; ');
  throw invalid('stages', `${what}. Move ${occupied.length === 1 && occupied[0].n === 1 ? 'it' : 'them'} to another stage before removing ${occupied.length === 1 ? 'that stage' : 'those stages'}.`);
}

async function rewriteStages(tx: Tx, itemId: number, listed: { name: string; optional: boolean }[], keptIds: (number | null)[], removed: StoredStage[]): Promise<void> {
  if (removed.length) await tx.productStage.deleteMany({ where: { id: { in: removed.map((s) => s.id) } } });
  const kept = keptIds.filter((id): id is number => id !== null);
  // Positions and names are unique per product: park the kept stages on values no typed list can hold (a control character), then set the new ones.
  if (kept.length) await tx.$executeRaw`UPDATE "ProductStage" SET position = -id, name = chr(1) || id::text WHERE id = ANY(${kept}::int[])`;
  for (const [i, s] of listed.entries()) {
    const id = keptIds[i];
    const fields = { position: i + 1, name: s.name, optional: s.optional };
    if (id === null) await tx.productStage.create({ data: { itemId, ...fields } });
    else await tx.productStage.update({ where: { id }, data: fields });
  }
}
