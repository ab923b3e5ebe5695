// Demo data for the plugin, called after core's demo seeds through the registry
// (lib/plugins/installed.ts): a BOM for the controller board with three parts,
// one planned lot and one released lot, both with issue and completion dates.
// Idempotent: nothing happens once the board has a BOM.
import { loadActor } from '../../lib/auth/load-actor';
import type { Db } from '../../lib/db/client';
import { createProductionLot } from './lib/create-production-lot';
import { releaseLot } from './lib/release-lot';
import { saveBom } from './lib/save-bom';

const PRODUCT = 'PCBA-CTRL-R3';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedProductionLotsDemo(db: Db): Promise<void> {
  const product = await db.item.findUnique({ where: { sku: PRODUCT } });
  const user = await db.user.findUnique({ where: { email: 'dept.lead@demo.local' } });
  if (!product || !user || (await db.bom.findFirst({ where: { itemId: product.id } }))) return;
  const actor = await loadActor(user.id, user.sessionVersion);
  // A switched-off plugin seeds nothing.
  if (!actor?.permissions.has('lots.manage')) return;
  await saveBom(actor, {
    product: PRODUCT,
    lines: [
      { sku: 'IC-STM32F4', quantityPer: 1, designators: 'U1' },
      { sku: 'IC-LDO-3V3', quantityPer: 1, designators: 'U2' },
      { sku: 'CAP-1U-0603', quantityPer: 6, designators: 'C1-C6' },
    ],
  });
  await createProductionLot(actor, { product: PRODUCT, quantity: 20, issueAt: day(14), completionAt: day(21) });
  const released = await createProductionLot(actor, { product: PRODUCT, quantity: 10, issueAt: day(1), completionAt: day(7) });
  await releaseLot(actor, { number: released.number });
}
