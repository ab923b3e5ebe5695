// Where the plugin's pages live (mounted under app/(plugins)/).
export const LOTS_HREF = '/production-lots';
export const lotHref = (number: string) => `${LOTS_HREF}/${encodeURIComponent(number)}`;
export const bomHref = (sku: string, version?: number) => `/boms/${encodeURIComponent(sku)}${version ? `?version=${version}` : ''}`;

/** A path segment as typed: decoded when it holds escapes, kept as is when it cannot be decoded. */
export function routeParam(value: string): string {
  if (!/%[0-9a-f]{2}/i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
