// Reading the inventory pages' search params and building links that keep them.
export type SearchParams = Record<string, string | string[] | undefined>;

export function param(sp: SearchParams, key: string): string {
  const v = sp[key];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/** A path with the non-empty params as its query string. */
export function hrefWith(path: string, params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A dynamic segment as typed: Next decodes params, but be safe if one arrives still encoded. */
export function routeParam(value: string): string {
  if (!/%[0-9a-f]{2}/i.test(value)) return value;
  try {
    const decoded = decodeURIComponent(value);
    // A NUL (from %2500 in the URL) names nothing and would fail in the database: look up the text as sent.
    return decoded.includes('\u0000') ? value : decoded;
  } catch {
    return value;
  }
}
