// Demo customers and sales orders for a fresh installation, made through the
// real domain operations as the demo users: three customers, three open orders
// (two expected in the coming weeks, so the sales scan screen offers them, one
// without a date yet) and one completed, on demo items that have demo stock and
// on the serial-numbered gateway (demo units in stock at MKE-QA).
// Only when no sales order exists.
import { loadActor } from '../lib/auth/load-actor';
import type { Db } from '../lib/db/client';
import { createPartner } from '../lib/sales/create-partner';
import { createSalesOrder } from '../lib/sales/create-sales-order';
import { setSalesOrderStatus } from '../lib/sales/set-sales-order-status';

export const DEMO_CUSTOMERS = [
  { code: 'ACME-SENSORS', name: 'Acme Sensors Inc.' },
  { code: 'NORTHWIND', name: 'Northwind Automation' },
  { code: 'BLUEFIN', name: 'Bluefin Marine Systems' },
];

const DAY = 24 * 60 * 60 * 1000;
/** A day `days` from today (UTC), as the order form writes it. */
const dayFromToday = (days: number) => new Date(Math.floor(Date.now() / DAY) * DAY + days * DAY).toISOString().slice(0, 10);

export async function seedDemoSales(db: Db): Promise<void> {
  if ((await db.salesOrder.count()) > 0) return;
  const actorOf = async (email: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    return (await loadActor(u.id, u.sessionVersion))!;
  };
  const lead = await actorOf('dept.lead@demo.local');
  for (const c of DEMO_CUSTOMERS) if (!(await db.partner.findUnique({ where: { code: c.code } }))) await createPartner(lead, c);

  await createSalesOrder(lead, {
    partner: 'ACME-SENSORS',
    expectedAt: dayFromToday(7),
    lines: [
      { sku: 'PRD-GATEWAY-100', quantity: 3 },
      { sku: 'CON-USB-C', quantity: 50 },
    ],
    note: 'Pilot rollout, site 2',
    idempotencyKey: 'demo-so-1',
  });
  await createSalesOrder(lead, {
    partner: 'NORTHWIND',
    expectedAt: dayFromToday(14),
    lines: [
      { sku: 'PCBA-CTRL-R3', quantity: 10 },
      { sku: 'ENCL-ALU-120', quantity: 10 },
      { sku: 'PRD-GATEWAY-100', quantity: 1 },
    ],
    idempotencyKey: 'demo-so-2',
  });
  await createSalesOrder(lead, {
    partner: 'BLUEFIN',
    lines: [
      { sku: 'IC-STM32F4', quantity: 40 },
      { sku: 'IC-LDO-3V3', quantity: 100 },
    ],
    note: 'Spare parts; delivery date to be agreed',
    idempotencyKey: 'demo-so-3',
  });
  const done = await createSalesOrder(lead, {
    partner: 'ACME-SENSORS',
    expectedAt: dayFromToday(-14),
    lines: [{ sku: 'PRD-GATEWAY-100', quantity: 1 }],
    note: 'SO-1042 in the old system; delivered before scanning was introduced',
    idempotencyKey: 'demo-so-4',
  });
  await setSalesOrderStatus(lead, { number: done.number, status: 'completed' });
}
