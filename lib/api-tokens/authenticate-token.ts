// Bearer token -> Actor for the HTTP API, or null when the token is unknown,
// revoked or expired, or its user is deactivated.
//
// Decision: a token is bound to the user, not to the user's session version. It
// keeps working across a password reset (scripts on a line PC must not break
// when someone's password changes). Deactivating the user revokes their tokens
// (lib/users/set-user-active.ts), so a reactivation does not bring them back.
import { ACTOR_COLUMNS, actorFromRow, type ActorRow } from '../auth/load-actor';
import { pool } from '../db/pool';
import type { Actor } from '../roles/actor';
import { isWellFormedToken, hashToken } from './token-format';
import { lastUsedIsStale, lastUsedStaleBefore, tokenStatus } from './token-status';

// The token and its user's actor in one round trip (this runs on every API request).
const TOKEN_QUERY = `SELECT t.id AS token_id, t."revokedAt", t."expiresAt", t."lastUsedAt", ${ACTOR_COLUMNS}
  FROM "ApiToken" t JOIN "User" u ON u.id = t."userId" WHERE t."tokenHash" = $1`;

export async function authenticateToken(rawToken: string, now = new Date()): Promise<Actor | null> {
  if (!isWellFormedToken(rawToken)) return null;
  const { rows } = await pool().query<ActorRow & { token_id: number; revokedAt: Date | null; expiresAt: Date; lastUsedAt: Date | null }>({
    name: 'qm-authenticate-token',
    text: TOKEN_QUERY,
    values: [hashToken(rawToken)],
  });
  const token = rows[0];
  if (!token || tokenStatus(token, now) !== 'active') return null;
  // The user's current session version on purpose: only `active` decides (see above).
  const actor = actorFromRow(token);
  if (!actor) return null;
  if (lastUsedIsStale(token.lastUsedAt, now)) {
    // Conditional, so parallel requests on several instances write at most once a minute.
    await pool().query('UPDATE "ApiToken" SET "lastUsedAt" = $2 WHERE id = $1 AND ("lastUsedAt" IS NULL OR "lastUsedAt" < $3)', [token.token_id, now, lastUsedStaleBefore(now)]);
  }
  return actor;
}
