import { describe, expect, it } from 'vitest';
import { lastUsedIsStale, tokenStatus } from './token-status';

const now = new Date('2026-03-01T12:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('token status', () => {
  it('is active without expiry or before it', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: at(1) }, now)).toBe('active');
  });

  it('is expired from the expiry instant on', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: at(0) }, now)).toBe('expired');
    expect(tokenStatus({ revokedAt: null, expiresAt: at(-1) }, now)).toBe('expired');
  });

  it('says revoked even when also expired', () => {
    expect(tokenStatus({ revokedAt: at(-10), expiresAt: at(-1) }, now)).toBe('revoked');
  });
});

describe('last-used bookkeeping', () => {
  it('writes when never used or at least a minute ago, not in between', () => {
    expect(lastUsedIsStale(null, now)).toBe(true);
    expect(lastUsedIsStale(at(-60_000), now)).toBe(true);
    expect(lastUsedIsStale(at(-59_999), now)).toBe(false);
    expect(lastUsedIsStale(at(5_000), now)).toBe(false);
  });
});
