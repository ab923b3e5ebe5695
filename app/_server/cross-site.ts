// CSRF guard for everything a session cookie opens: a non-GET request that a
// browser sent from another site (its Origin names another host, or it says
// Sec-Fetch-Site: cross-site) is refused. Next's own server-action check would
// abort such a post with a 500; proxy.ts answers it with a plain 403 instead.
// /api/v1 takes bearer tokens only (a cookie opens nothing there), so other
// sites' scripts may call it.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestFacts {
  method: string;
  pathname: string;
  headers: Headers;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function isCrossSiteWrite({ method, pathname, headers }: RequestFacts): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || pathname === '/api/v1' || pathname.startsWith('/api/v1/')) return false;
  const origin = headers.get('origin');
  // No Origin: not a browser's cross-site post (browsers send it on every POST) unless Fetch Metadata says so.
  if (origin === null) return headers.get('sec-fetch-site') === 'cross-site';
  // The host the client addressed; behind a proxy the one it forwarded (as Next's own check reads it).
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0].trim();
  return !host || hostOf(origin) !== host;
}
