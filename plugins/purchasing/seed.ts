// Demo data for the plugin, called after core's demo seeds through the registry
// (lib/plugins/installed.ts): a distributor and one placed purchase order for
// the controller board's MCU and regulator. Idempotent: nothing happens once the
// supplier exists.
import { loadActor } from '../../lib/auth/load-actor';
import type { Db } from '../../lib/db/client';
import { createPurchaseOrder } from './lib/create-purchase-order';
import { createSupplier } from './lib/suppliers';

const SUPPLIER = 'DIGIKEY-DEMO';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function seedPurchasingDemo(db: Db): Promise<void> {
  const user = await db.user.findUnique({ where: { email: 'dept.lead@demo.local' } });
  if (!user || (await db.partner.findUnique({ where: { code: SUPPLIER } }))) return;
  const actor = await loadActor(user.id, user.sessionVersion);
  // A switched-off plugin seeds nothing.
  if (!actor?.permissions.has('purchasing.manage')) return;
  await createSupplier(actor, { code: SUPPLIER, name: 'Digi-Key Electronics (demo)' });
  await createPurchaseOrder(actor, {
    supplier: SUPPLIER,
    lines: [
      { sku: 'IC-STM32F4', quantity: 10, unitPrice: '7.60', expectedAt: day(5) },
      { sku: 'IC-LDO-3V3', quantity: 50, unitPrice: '0.19', expectedAt: day(5) },
    ],
  });
}
