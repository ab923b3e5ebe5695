// Bearer token -> Actor for the HTTP API, or null when the token is unknown,
// revoked or expired, or its user is deactivated.
//
// Decision: a token is bound to the user, not to the user's session version. It
// keeps working across a password reset (scripts on a line PC must not break
// when someone's password changes). Deactivating the user revokes their tokens
// (lib/users/set-user-active.ts), so a reactivation does not bring them back.
import { loadActor } from '../auth/load-actor';
import { db } from '../db/client';
import type { Actor } from '../roles/actor';
import { isWellFormedToken, hashToken } from './token-format';
import { lastUsedIsStale, lastUsedStaleBefore, tokenStatus } from './token-status';

export async function authenticateToken(rawToken: string, now = new Date()): Promise<Actor | null> {
  if (!isWellFormedToken(rawToken)) return null;
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, sessionVersion: true } } },
  });
  if (!token || tokenStatus(token, now) !== 'active') return null;
  // The current session version on purpose: only `active` decides (see above).
  const actor = await loadActor(token.user.id, token.user.sessionVersion);
  if (!actor) return null;
  if (lastUsedIsStale(token.lastUsedAt, now)) {
    // Conditional, so parallel requests on several instances write at most once a minute.
    await db().apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: lastUsedStaleBefore(now) } }] },
      data: { lastUsedAt: now },
    });
  }
  return actor;
}
