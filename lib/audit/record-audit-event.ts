// Appends to the configuration audit log (users, roles, permissions, settings).
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../roles/actor';

type Tx = Pick<Prisma.TransactionClient, 'auditEvent'>;

export interface AuditEventInput {
  action: string;
  entity: string;
  entityId: string | number;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

export async function recordAuditEvent(tx: Tx, actor: Actor | null, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      action: event.action,
      entity: event.entity,
      entityId: String(event.entityId),
      before: event.before ?? undefined,
      after: event.after ?? undefined,
    },
  });
}
