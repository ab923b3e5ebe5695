// Admin adds a department.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { checkDepartmentNameFree, departmentNameTaken } from './org-names';
import { createDepartmentSchema } from './org-schemas';

export async function createDepartment(actor: Actor, input: unknown): Promise<{ id: number }> {
  requirePermission(actor, 'users.manage');
  const { name } = parseInput(createDepartmentSchema, input);
  return db().$transaction(async (tx) => {
    await checkDepartmentNameFree(tx, name, null);
    const department = await conflictOnDuplicate(() => tx.department.create({ data: { name } }), 'name', departmentNameTaken);
    await recordAuditEvent(tx, actor, { action: 'department.create', entity: 'Department', entityId: department.id, after: { name } });
    return { id: department.id };
  });
}
