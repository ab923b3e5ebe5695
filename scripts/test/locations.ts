// Test helpers for locations: fresh storage units and sites per test, with the
// path and site a real one gets, so subtree queries and scoping hold.
import { db } from '../../lib/db/client';

let n = 0;
const freshCode = (prefix: string) => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++n}`;

/** A new storage unit beneath `parent`; answers its code. */
export async function freshStorageUnit(parent: string, prefix = 'U'): Promise<string> {
  const p = await db().location.findUniqueOrThrow({ where: { code: parent } });
  const code = freshCode(prefix);
  const created = await db().location.create({ data: { code, name: `Test unit ${code}`, parentId: p.id, siteId: p.siteId ?? p.id } });
  await db().location.update({ where: { id: created.id }, data: { path: `${p.path}${created.id}/` } });
  return code;
}

/** A new site owned by the named department; answers its code. */
export async function freshSite(department: string, prefix = 'S'): Promise<string> {
  const dept = await db().department.findUniqueOrThrow({ where: { name: department } });
  const code = freshCode(prefix);
  const created = await db().location.create({ data: { code, name: `Test site ${code}`, departmentId: dept.id } });
  await db().location.update({ where: { id: created.id }, data: { siteId: created.id, path: `/${created.id}/` } });
  return code;
}
