// A URL carrying NUL (%00) in its path or query: PostgreSQL text cannot hold
// NUL, so a path parameter like /items/%00 would fail in the database with a
// 500. proxy.ts answers 400 before any page or route sees it; bodies and
// forms are refused beside the field by lib/validation parseInput.
export function urlHasNul(url: URL): boolean {
  return /%00/i.test(url.pathname) || /%00/i.test(url.search) || url.pathname.includes('\u0000') || url.search.includes('\u0000');
}
