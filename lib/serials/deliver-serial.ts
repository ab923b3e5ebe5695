// Delivery: a unit in stock leaves against a sales order or customer (a shipment ledger entry).
import { z } from 'zod';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { notWhile, serialCommon, transitionRequest } from './serial-input';
import { takeUnitOut } from './serial-stock';
import { transitionSerial } from './serial-transition';

export const deliverSerialSchema = z.object({
  ...serialCommon,
  reference: z.string({ message: 'Name the sales order or customer.' }).trim().min(1, 'Name the sales order or customer.').max(100, 'At most 100 characters.'),
});

export async function deliverSerial(actor: Actor, input: unknown) {
  requirePermission(actor, 'serials.manage');
  requirePermission(actor, 'inventory.ship');
  const data = parseInput(deliverSerialSchema, input);
  return transitionSerial(actor, data.serial, transitionRequest('delivered', data), async (client, unit) => {
    if (unit.status !== 'IN_STOCK') throw notWhile(unit.serial, unit.status, 'only a unit in stock can be delivered.');
    const posted = await takeUnitOut(client, actor, unit, 'SHIPMENT', {
      kind: 'delivery',
      note: data.note ?? `Delivered ${unit.serial}`,
      reference: { kind: 'sales_order', number: data.reference },
    });
    return { toStatus: 'DELIVERED', toStage: unit.stage, groupId: posted.groupId, note: data.note, reference: data.reference };
  });
}
