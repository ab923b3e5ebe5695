import { describe, expect, it } from 'vitest';
import { readIdempotencyKey } from './idempotency-key';

const withKey = (key?: string) => new Request('http://localhost/api/v1/x', { method: 'POST', headers: key === undefined ? {} : { 'Idempotency-Key': key } });

describe('Idempotency-Key header', () => {
  it('is optional', () => {
    expect(readIdempotencyKey(withKey())).toBeNull();
  });

  it('passes printable keys up to 200 characters through', () => {
    expect(readIdempotencyKey(withKey('8e0f6c1a-2b7d-4c1e-9f3a-0d5b6a7c8e9f'))).toBe('8e0f6c1a-2b7d-4c1e-9f3a-0d5b6a7c8e9f');
    expect(readIdempotencyKey(withKey('receipt 2026/03 #7'))).toBe('receipt 2026/03 #7');
    expect(readIdempotencyKey(withKey('k'.repeat(200)))).toHaveLength(200);
  });

  it('refuses empty, too long or unprintable keys with INVALID_INPUT', () => {
    for (const bad of ['', 'k'.repeat(201), 'tab\there', 'caf\u00e9']) {
      expect(() => readIdempotencyKey(withKey(bad)), JSON.stringify(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
  });
});
