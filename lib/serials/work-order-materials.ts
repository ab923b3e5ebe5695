// What a work order has used: the materials consumed against it (scanned on the
// line or posted), valued at FIFO batch cost — lib/inventory/queries/materials-used.ts.
import type { Pool } from 'pg';
import { materialsUsed } from '../inventory/queries/materials-used';

/** As pages and the API show it (plain data: no ids, no bigints). */
export interface MaterialUse {
  sku: string;
  name: string;
  unit: string;
  quantity: string;
  value: string;
}

export async function materialsOf(db: Pick<Pool, 'query'>, workOrderNumber: string): Promise<{ materials: MaterialUse[]; materialCost: string }> {
  const used = await materialsUsed(db, { kind: 'work_order', number: workOrderNumber });
  return { materials: used.materials.map(({ sku, name, unit, quantity, value }) => ({ sku, name, unit, quantity, value })), materialCost: used.materialCost };
}
