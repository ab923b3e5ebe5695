import { describe, expect, it } from 'vitest';
import { bearerTokenOf } from './bearer';

describe('reading the Authorization header', () => {
  it('finds a bearer token, whatever the scheme case', () => {
    expect(bearerTokenOf('Bearer qm_abc-_12')).toEqual({ kind: 'token', token: 'qm_abc-_12' });
    expect(bearerTokenOf('bearer  qm_abc ')).toEqual({ kind: 'token', token: 'qm_abc' });
  });

  it('tells a missing header from a malformed one', () => {
    expect(bearerTokenOf(null)).toEqual({ kind: 'missing' });
    expect(bearerTokenOf('  ')).toEqual({ kind: 'missing' });
    for (const bad of ['qm_abc', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'Bearer a b', 'Bearer qm_ä', 'Token qm_abc', 'Bearerqm_abc']) {
      expect(bearerTokenOf(bad), bad).toEqual({ kind: 'malformed' });
    }
  });
});
