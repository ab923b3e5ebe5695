// Admin archives a department (or brings it back). An archived department is
// no longer offered for users or sites, so it must be empty first: no active
// users and no sites. Its teams stay as they are and come back with it.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { lockDepartment } from './lock-org-rows';
import { setDepartmentArchivedSchema } from './org-schemas';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function setDepartmentArchived(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id, archived } = parseInput(setDepartmentArchivedSchema, input);
  await db().$transaction(async (tx) => {
    const department = await lockDepartment(tx, id, 'change');
    if (!department) throw notFound('The department');
    if ((department.archivedAt !== null) === archived) return;
    if (archived) {
      const users = await tx.user.count({ where: { departmentId: id, active: true } });
      if (users > 0) {
        throw new DomainError('CONFLICT', `${department.name} still has ${plural(users, 'active user', 'active users')}; move them to another department before archiving it.`);
      }
      const sites = await tx.location.findMany({ where: { departmentId: id, parentId: null }, orderBy: { code: 'asc' }, select: { code: true } });
      if (sites.length > 0) {
        throw new DomainError('CONFLICT', `${department.name} still owns ${plural(sites.length, 'site', 'sites')} (${sites.map((s) => s.code).join(', ')}); they must be moved to another department before archiving it.`);
      }
    }
    const archivedAt = archived ? new Date() : null;
    await tx.department.update({ where: { id }, data: { archivedAt } });
    await recordAuditEvent(tx, actor, {
      action: archived ? 'department.archive' : 'department.unarchive',
      entity: 'Department',
      entityId: id,
      before: { archivedAt: department.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
}
