import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from './cross-site';

const facts = (method: string, pathname: string, headers: Record<string, string>) => ({ method, pathname, headers: new Headers(headers) });

describe('cross-site writes', () => {
  it('refuses a post from another site to a page, a server action or sign-in', () => {
    expect(isCrossSiteWrite(facts('POST', '/profile', { host: 'qm.local:3000', origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteWrite(facts('POST', '/api/auth/callback/credentials', { host: 'qm.local:3000', origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteWrite(facts('POST', '/profile', { host: 'qm.local:3000', origin: 'null' }))).toBe(true);
    expect(isCrossSiteWrite(facts('POST', '/profile', { host: 'qm.local:3000', origin: 'http://qm.local:3001' }))).toBe(true);
    expect(isCrossSiteWrite(facts('POST', '/profile', { host: 'qm.local:3000', 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteWrite(facts('POST', '/profile', { origin: 'http://qm.local:3000' }))).toBe(true);
  });

  it('lets same-origin posts, reads and bearer-token API calls through', () => {
    expect(isCrossSiteWrite(facts('POST', '/profile', { host: 'qm.local:3000', origin: 'http://qm.local:3000' }))).toBe(false);
    expect(isCrossSiteWrite(facts('POST', '/profile', { host: 'internal:3000', 'x-forwarded-host': 'qm.example.com', origin: 'https://qm.example.com' }))).toBe(false);
    expect(isCrossSiteWrite(facts('POST', '/profile', { host: 'qm.local:3000' }))).toBe(false);
    expect(isCrossSiteWrite(facts('GET', '/profile', { host: 'qm.local:3000', origin: 'https://evil.example' }))).toBe(false);
    expect(isCrossSiteWrite(facts('POST', '/api/v1/movements', { host: 'qm.local:3000', origin: 'https://evil.example' }))).toBe(false);
  });
});
