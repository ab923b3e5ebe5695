// Test helpers for the plugin: fresh built items (a PCBA by default, not serial-numbered).
import { db } from '../../../lib/db/client';

let n = 0;

export async function freshAssembly(kindCode: 'pcba' | 'assembly' | 'product' | 'panel' | 'part' = 'pcba', unitCode = 'pcs'): Promise<string> {
  const sku = `ASM-T${Date.now().toString(36)}-${++n}`.toUpperCase();
  await db().item.create({ data: { sku, name: `Test ${kindCode} ${sku}`, kindCode, unitCode, standardCost: 25 } });
  return sku;
}
