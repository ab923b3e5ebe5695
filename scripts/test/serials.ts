// Test helpers for serial-numbered production: a fresh product with stages and
// units in production, written straight to the tables (work orders have their own tests).
import { db } from '../../lib/db/client';

let n = 0;

export async function freshProduct(stages: (string | { name: string; optional: boolean })[] = ['Assembly', 'Testing', 'Coating', 'QA']): Promise<{ sku: string; id: number }> {
  const sku = `PRD-T${Date.now().toString(36)}-${++n}`.toUpperCase();
  const item = await db().item.create({ data: { sku, name: `Test product ${sku}`, kindCode: 'product', unitCode: 'pcs', standardCost: 40 } });
  await db().productStage.createMany({
    data: stages.map((s, i) => (typeof s === 'string' ? { itemId: item.id, position: i + 1, name: s } : { itemId: item.id, position: i + 1, ...s })),
  });
  return { sku, id: item.id };
}

/** Units in production at the product's first stage, in the demo production department and SMT Line team. */
export async function unitsInProduction(product: { sku: string; id: number }, count: number): Promise<string[]> {
  const first = await db().productStage.findFirst({ where: { itemId: product.id }, orderBy: { position: 'asc' } });
  const team = await db().team.findFirstOrThrow({ where: { name: 'SMT Line' } });
  const serials = Array.from({ length: count }, (_, i) => `${product.sku}-${String(i + 1).padStart(4, '0')}`);
  await db().serialUnit.createMany({ data: serials.map((serial) => ({ serial, itemId: product.id, departmentId: team.departmentId, teamId: team.id, stageId: first?.id ?? null })) });
  return serials;
}
