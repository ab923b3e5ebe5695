// Admin sets a new password for a user; the user's existing sessions end.
import { recordAuditEvent } from '../audit/record-audit-event';
import { hashPassword } from '../auth/password';
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { resetPasswordSchema } from './user-schemas';

export async function resetPassword(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id, password } = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!user) throw notFound('The user');
    await tx.user.update({ where: { id }, data: { passwordHash, hasDemoPassword: false, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, actor, { action: 'user.reset-password', entity: 'User', entityId: id });
  });
}
