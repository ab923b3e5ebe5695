// Records of a department the demo Member does not belong to (Logistics): a
// site and bin with stock, a count and a transit. Fuzzed path parameters name
// them, and a Member must get 404 for them, never a 500 or a posting.
import { db } from '../../../lib/db/client';
import { createCount } from '../../../lib/inventory/counts/create-count';
import { receiveStock } from '../../../lib/inventory/movements/receive-stock';
import { shipToSite } from '../../../lib/inventory/transit/ship-to-site';
import { createSite } from '../../../lib/locations/create-site';
import { createStorageUnit } from '../../../lib/locations/create-storage-unit';
import type { Actor } from '../../../lib/roles/actor';
import { freshItem } from '../stock';

export interface OtherDepartment {
  siteCode: string;
  binCode: string;
  sku: string;
  groupId: string;
  countId: string;
  lineId: string;
  transitNumber: string;
  siteId: string;
}

export async function otherDepartmentRecords(admin: Actor): Promise<OtherDepartment> {
  const logistics = await db().department.findUniqueOrThrow({ where: { name: 'Logistics' } });
  const tag = Date.now().toString(36).toUpperCase();
  const site = await createSite(admin, { code: `LOG-${tag}`, name: 'Logistics depot', departmentId: logistics.id });
  const bin = await createStorageUnit(admin, { parentId: site.id, code: `LOG-${tag}-B1`, name: 'Depot bin' });
  const sku = await freshItem('LOGX');
  const received = await receiveStock(admin, { sku, to: bin.code, quantity: 40 });
  const transit = await shipToSite(admin, { sku, from: bin.code, to: 'CHI', quantity: 2 });
  const count = await createCount(admin, { location: bin.code });
  const line = await db().stockCountLine.findFirstOrThrow({ where: { countId: count.id } });
  return { siteCode: site.code, binCode: bin.code, sku, groupId: received.groupId, countId: String(count.id), lineId: String(line.id), transitNumber: transit.number, siteId: String(site.id) };
}
