// Whether a token still opens the API. Revocation wins over expiry, so a list
// says "Revoked" for a token someone deliberately stopped.
export type TokenStatus = 'active' | 'expired' | 'revoked';

export const TOKEN_STATUS_LABELS = { active: 'Active', expired: 'Expired', revoked: 'Revoked' } as const satisfies Record<TokenStatus, string>;

export function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

// lastUsedAt is for people ("is this token still in use?"), so minute precision
// is plenty and saves a write on every API call.
const LAST_USED_RESOLUTION_MS = 60_000;

export function lastUsedIsStale(lastUsedAt: Date | null, now = new Date()): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

export const lastUsedStaleBefore = (now: Date) => new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
