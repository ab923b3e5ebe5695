// Admin renames a department (archived ones too: the name still shows in history).
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { lockDepartment } from './lock-org-rows';
import { checkDepartmentNameFree, departmentNameTaken } from './org-names';
import { renameDepartmentSchema } from './org-schemas';

export async function renameDepartment(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id, name } = parseInput(renameDepartmentSchema, input);
  await db().$transaction(async (tx) => {
    const before = await lockDepartment(tx, id, 'change');
    if (!before) throw notFound('The department');
    if (before.name === name) return;
    await checkDepartmentNameFree(tx, name, id);
    await conflictOnDuplicate(() => tx.department.update({ where: { id }, data: { name } }), 'name', departmentNameTaken);
    await recordAuditEvent(tx, actor, { action: 'department.rename', entity: 'Department', entityId: id, before: { name: before.name }, after: { name } });
  });
}
