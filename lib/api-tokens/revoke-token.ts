// Revokes one token found by a scoped where (own tokens: id and owner; admin:
// id alone). A token outside the scope is "not found", never "forbidden", so
// ids of other users' tokens cannot be probed.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { notFound } from '../errors';
import type { Actor } from '../roles/actor';

export async function revokeTokenWhere(actor: Actor, where: { id: number; userId?: number }, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where, select: { id: true, userId: true, name: true, prefix: true } });
    if (!token) throw notFound('The API token');
    // Only the request that actually revoked it is audited; revoking twice (a double click) is harmless.
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
    if (count) await recordAuditEvent(tx, actor, { action: 'api-token.revoke', entity: 'ApiToken', entityId: token.id, before: { userId: token.userId, name: token.name, prefix: token.prefix } });
  });
}
