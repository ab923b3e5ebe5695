// Admin changes a user's name, e-mail, role, department or team.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { checkMembership } from './check-membership';
import { parseInput } from '../validation';
import { updateUserSchema } from './user-schemas';

export async function updateUser(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id, ...fields } = parseInput(updateUserSchema, input);
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { name: true, email: true, role: true, departmentId: true, teamId: true } });
    if (!before) throw notFound('The user');
    if (id === actor.id && fields.role !== 'ADMIN') {
      throw new DomainError('INVALID_INPUT', 'You cannot take the Admin role away from yourself.', { role: 'You cannot take the Admin role away from yourself.' });
    }
    await checkMembership(tx, fields.departmentId, fields.teamId);
    const clash = await tx.user.findUnique({ where: { email: fields.email } });
    if (clash && clash.id !== id) throw new DomainError('CONFLICT', 'Another user has this e-mail.', { email: 'Another user has this e-mail.' });
    await tx.user.update({ where: { id }, data: fields });
    await recordAuditEvent(tx, actor, { action: 'user.update', entity: 'User', entityId: id, before, after: fields });
  });
}
