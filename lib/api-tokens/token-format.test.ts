import { describe, expect, it } from 'vitest';
import { displayPrefixOf, generateRawToken, hashToken, isWellFormedToken } from './token-format';

describe('API token format', () => {
  it('makes readable, well-formed and distinct tokens', () => {
    const a = generateRawToken();
    const b = generateRawToken();
    expect(a).toMatch(/^qm_[A-Za-z0-9_-]{43}$/);
    expect(isWellFormedToken(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it('stores a hash that is stable and not the token', () => {
    const token = generateRawToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token.slice(3));
  });

  it('shows only a short prefix', () => {
    const token = generateRawToken();
    expect(displayPrefixOf(token)).toBe(token.slice(0, 9));
  });

  it('rejects anything that is not a token without looking it up', () => {
    const token = generateRawToken();
    for (const bad of ['', 'qm_', token + 'x', token.slice(0, -1), token.replace('qm_', 'QM_'), `${token.slice(0, 10)} ${token.slice(11)}`, `${token.slice(0, -1)}=`]) {
      expect(isWellFormedToken(bad), bad).toBe(false);
    }
  });
});
