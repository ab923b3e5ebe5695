// Test helpers for stock: lot quantities by location and batch, straight from the balances.
import { db } from '../../lib/db/client';
import { batchLabel } from '../../lib/inventory/lots';

export async function lotsOf(sku: string): Promise<Record<string, Record<string, string>>> {
  const rows = await db().stockBalance.findMany({
    where: { item: { sku }, NOT: { quantity: 0 } },
    include: { location: true, batch: true },
    orderBy: [{ locationId: 'asc' }, { batchId: 'asc' }],
  });
  const out: Record<string, Record<string, string>> = {};
  for (const r of rows) {
    const key = r.status === 'AVAILABLE' ? r.location.code : `${r.location.code}:${r.status.toLowerCase()}`;
    (out[key] ??= {})[batchLabel(r.batch.number)] = String(Number(r.quantity));
  }
  return out;
}

let n = 0;
/** A fresh item per test so tests in one file do not see each other's stock. */
export async function freshItem(prefix = 'T', opts: { unit?: string; perishable?: boolean } = {}): Promise<string> {
  const sku = `${prefix}-${Date.now().toString(36)}-${++n}`;
  await db().item.create({ data: { sku, name: `Test item ${sku}`, kindCode: 'part', unitCode: opts.unit ?? 'pcs', standardCost: 1.5, perishable: opts.perishable ?? false } });
  return sku;
}
