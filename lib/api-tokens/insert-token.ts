// The one place a token row is written, for the API sign-in and the profile page
// alike: the actor always receives a token for themselves, never for someone else.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Prisma } from '../db/generated/client';
import type { Actor } from '../roles/actor';
import { displayPrefixOf, generateRawToken, hashToken } from './token-format';

type Tx = Pick<Prisma.TransactionClient, 'apiToken' | 'auditEvent'>;

const DAY_MS = 24 * 60 * 60_000;

export interface IssuedToken {
  id: number;
  name: string;
  prefix: string;
  /** The secret itself: shown once, never stored. */
  token: string;
  expiresAt: Date;
}

export async function insertToken(tx: Tx, actor: Actor, fields: { name: string; expiresInDays: number }, now = new Date()): Promise<IssuedToken> {
  const token = generateRawToken();
  const expiresAt = new Date(now.getTime() + fields.expiresInDays * DAY_MS);
  const row = await tx.apiToken.create({
    data: { userId: actor.id, name: fields.name, tokenHash: hashToken(token), prefix: displayPrefixOf(token), createdAt: now, expiresAt },
  });
  await recordAuditEvent(tx, actor, { action: 'api-token.create', entity: 'ApiToken', entityId: row.id, after: { userId: actor.id, name: row.name, prefix: row.prefix, expiresAt: expiresAt.toISOString() } });
  return { id: row.id, name: row.name, prefix: row.prefix, token, expiresAt };
}
