// Where a print link points (server and client components alike): the key
// encoded, so a batch's "#" stays in the path.
import type { LabelTarget } from '@/lib/labels/print-labels';

export const labelHref = (target: LabelTarget, key: string, query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString();
  return `/labels/${target}/${encodeURIComponent(key)}.pdf${search ? `?${search}` : ''}`;
};
