// Where the inventory screens link to.
import { hrefWith } from './search-params';

export const itemHref = (sku: string) => `/inventory/items/${encodeURIComponent(sku)}`;
export const locationHref = (code: string) => `/inventory/locations/${encodeURIComponent(code)}`;
export const moveHref = (kind: string, prefill: Record<string, string | undefined> = {}) => hrefWith(`/inventory/move/${kind}`, prefill);
