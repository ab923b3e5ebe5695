// Admin creates a user account.
import { recordAuditEvent } from '../audit/record-audit-event';
import { hashPassword } from '../auth/password';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { checkMembership } from './check-membership';
import { parseInput } from '../validation';
import { createUserSchema } from './user-schemas';

export async function createUser(actor: Actor, input: unknown): Promise<{ id: number }> {
  requirePermission(actor, 'users.manage');
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db().$transaction(async (tx) => {
    await checkMembership(tx, data.departmentId, data.teamId);
    if (await tx.user.findUnique({ where: { email: data.email } })) {
      throw new DomainError('CONFLICT', 'A user with this e-mail already exists.', { email: 'A user with this e-mail already exists.' });
    }
    const { password: _, ...fields } = data;
    const user = await tx.user.create({ data: { ...fields, passwordHash } });
    await recordAuditEvent(tx, actor, { action: 'user.create', entity: 'User', entityId: user.id, after: { ...fields } });
    return { id: user.id };
  });
}
