// Demo serial-numbered production for a fresh installation, made through the
// real domain operations as the demo users: stages for the products, work
// orders for two teams, and units in every status. Only when no serial exists.
import { loadActor } from '../lib/auth/load-actor';
import type { Db } from '../lib/db/client';
import { advanceSerial } from '../lib/serials/advance-serial';
import { approveSerial } from '../lib/serials/approve-serial';
import { createWorkOrder } from '../lib/serials/create-work-order';
import { deliverSerial } from '../lib/serials/deliver-serial';
import { markDefect } from '../lib/serials/mark-defect';
import { setProductStages } from '../lib/serials/product-stages';

const STAGES = [{ name: 'Assembly' }, { name: 'Testing' }, { name: 'Coating', optional: true }, { name: 'QA' }];

export async function seedDemoSerials(db: Db): Promise<void> {
  if ((await db.serialUnit.count()) > 0) return;
  const actorOf = async (email: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    return (await loadActor(u.id, u.sessionVersion))!;
  };
  const admin = await actorOf('admin@demo.local');
  for (const sku of ['PRD-GATEWAY-100', 'ASM-SENSOR-HEAD', 'PCB-CTRL-R3']) await setProductStages(admin, { sku, stages: STAGES });

  const gateway = await createWorkOrder(admin, { product: 'PRD-GATEWAY-100', quantity: 12, team: 'SMT Line', dueAt: '2026-12-18', note: 'Gateway batch for Q4 orders', idempotencyKey: 'demo-wo-1' });
  const heads = await createWorkOrder(admin, { product: 'ASM-SENSOR-HEAD', quantity: 8, team: 'Final Assembly', dueAt: '2027-01-15', idempotencyKey: 'demo-wo-2' });
  const walk = async (serial: string, stages: number) => {
    for (let i = 0; i < stages; i++) await advanceSerial(admin, { serial });
  };
  // Gateways: 6 through QA into stock (one delivered, one scrapped from stock), 2 at Testing, one reworked.
  const g = gateway.serials;
  for (const serial of g.slice(0, 7)) {
    await walk(serial, 3);
    await approveSerial(admin, { serial, location: 'MKE-QA', note: 'Passed final QA' });
  }
  await deliverSerial(admin, { serial: g[0], reference: 'SO-1042 Acme Sensors' });
  await markDefect(admin, { serial: g[1], action: 'scrap', notes: 'Cracked enclosure found at packing' });
  await markDefect(admin, { serial: g[2], action: 'rework', toStage: 'Testing', notes: 'Intermittent Wi-Fi; reflow antenna connector' });
  await walk(g[7], 1);
  await walk(g[8], 1);
  // Sensor heads: a few along the line, one scrapped in production.
  await walk(heads.serials[0], 2);
  await walk(heads.serials[1], 1);
  await markDefect(admin, { serial: heads.serials[2], action: 'scrap', notes: 'Lens scratched in assembly' });
}
