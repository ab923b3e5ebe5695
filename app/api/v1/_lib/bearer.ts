// Reads `Authorization: Bearer <token>` (RFC 6750): scheme case-insensitive,
// token in the b64token alphabet. Only this header: no cookies, so the API
// cannot be driven cross-site by a browser that happens to be signed in.
export type BearerCredential = { kind: 'missing' } | { kind: 'malformed' } | { kind: 'token'; token: string };

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function bearerTokenOf(header: string | null): BearerCredential {
  if (header === null || header.trim() === '') return { kind: 'missing' };
  const match = BEARER.exec(header);
  return match ? { kind: 'token', token: match[1] } : { kind: 'malformed' };
}
