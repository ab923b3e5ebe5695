// Where a print link points (server and client components alike): the key
// encoded, so a batch's "#" stays in the path.
import type { LabelTarget } from '@/lib/labels/print-labels';

export const labelHref = (target: LabelTarget, key: string, query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString();
  return `/labels/${target}/${encodeURIComponent(key)}.pdf${search ? `?${search}` : ''}`;
};

/** Labels for what was ticked in a list, in that order. */
export const selectedLabelsHref = (what: 'items' | 'serials', keys: string[]) =>
  `/labels/selected/${what}.pdf?${new URLSearchParams(keys.map((k) => ['key', k])).toString()}`;
