// The inventory view's filter as the URL carries it (what the filter form shows,
// tabs and pager keep) and as the domain reads it. The CSV export uses the same
// two steps, so it is exactly the view it was started from.
import { param, type SearchParams } from './search-params';

export const FILTER_KEYS = ['groupBy', 'search', 'kind', 'site', 'status', 'lowStock', 'asOf', 'sku', 'location'] as const;
export type FilterParams = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function filterParams(sp: SearchParams): FilterParams {
  const out: FilterParams = {};
  for (const key of FILTER_KEYS) {
    const v = param(sp, key).trim();
    if (v) out[key] = v;
  }
  return out;
}

/** The form's "as of" is a datetime-local without zone; the screens show UTC, so it is read as UTC. */
export function domainFilter(p: FilterParams): Record<string, string> {
  const asOf = p.asOf && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(p.asOf) ? `${p.asOf}Z` : p.asOf;
  return { ...p, ...(asOf ? { asOf } : {}) } as Record<string, string>;
}

export const byLocation = (p: FilterParams) => p.groupBy === 'location';
