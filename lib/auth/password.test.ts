import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { blockAfter } from './throttle';

describe('password hashing', () => {
  it('verifies the right password and refuses others', async () => {
    const hash = await hashPassword('demo1234');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('demo1234', hash)).toBe(true);
    expect(await verifyPassword('demo12345', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toEqual(await hashPassword('same'));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('sign-in slow-down', () => {
  it('lets the first failures through, then doubles the wait up to 15 minutes', () => {
    expect([1, 2, 3, 4].map(blockAfter)).toEqual([0, 0, 0, 0]);
    expect(blockAfter(5)).toBe(2000);
    expect(blockAfter(6)).toBe(4000);
    expect(blockAfter(50)).toBe(15 * 60_000);
  });
});
