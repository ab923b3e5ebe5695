// Demo stock for a fresh installation, posted through the real posting path as
// the demo Admin (so batches, lots and the ledger are what a user would make).
// Only on an empty ledger; items and storage units the automated tests do not use.
import { loadActor } from '../lib/auth/load-actor';
import type { Db } from '../lib/db/client';
import { consumeStock } from '../lib/inventory/movements/issue-stock';
import { receiveStock } from '../lib/inventory/movements/receive-stock';
import { transferStock } from '../lib/inventory/movements/transfer-stock';

export async function seedDemoStock(db: Db): Promise<void> {
  if ((await db.ledgerEntry.count()) > 0) return;
  const user = await db.user.findUniqueOrThrow({ where: { email: 'admin@demo.local' } });
  const admin = await loadActor(user.id, user.sessionVersion);
  if (!admin) return;
  const receipts = [
    { sku: 'IC-STM32F4', to: 'CHI-REEL-1-1', quantity: 120, supplier: 'Digi-Key', supplierLot: 'DK-2291', unitCost: '7.62', receivedAt: '2026-09-02' },
    { sku: 'IC-STM32F4', to: 'CHI-REEL-1-1', quantity: 200, supplier: 'Mouser', supplierLot: 'MS-8812', unitCost: '7.95', receivedAt: '2026-10-15' },
    { sku: 'IC-LDO-3V3', to: 'CHI-REEL-1-2', quantity: 500, supplier: 'Digi-Key', supplierLot: 'DK-3307', unitCost: '0.19', receivedAt: '2026-10-01' },
    { sku: 'CON-USB-C', to: 'CHI-A-01', quantity: 250, supplier: 'LCSC', unitCost: '0.55', receivedAt: '2026-09-20' },
    { sku: 'SOLDER-SAC305', to: 'CHI-COLD', quantity: '2.500', supplier: 'Kester', supplierLot: 'K-24-117', unitCost: '92.00', receivedAt: '2026-10-05', expiresAt: '2027-03-31' },
    { sku: 'ENCL-ALU-120', to: 'MKE', quantity: 40, supplier: 'Hammond', unitCost: '12.10', receivedAt: '2026-10-20' },
    { sku: 'PCBA-CTRL-R3', to: 'MKE-QA', quantity: 24, reference: { kind: 'work_order', number: 'WO-DEMO-1' } },
  ];
  for (const [i, r] of receipts.entries()) await receiveStock(admin, { ...r, idempotencyKey: `demo-receipt-${i}` });
  await transferStock(admin, { sku: 'IC-STM32F4', from: 'CHI-REEL-1-1', to: 'MKE-LINE-1', quantity: 150, note: 'Line 1 kitting', idempotencyKey: 'demo-transfer-0' });
  await consumeStock(admin, { sku: 'CON-USB-C', from: 'CHI-A-01', quantity: 20, reference: { kind: 'work_order', number: 'WO-DEMO-1' }, idempotencyKey: 'demo-consume-0' });
}
