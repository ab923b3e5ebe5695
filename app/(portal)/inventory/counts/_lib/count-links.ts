// Where the count screens link to, and the words for a count's status.
import type { CountStatusName } from '@/lib/inventory/counts/count-view';

export const countHref = (id: number) => `/inventory/counts/${id}`;
export const reviewHref = (id: number) => `/inventory/counts/${id}/review`;

export const COUNT_STATUS_LABELS: Record<CountStatusName, string> = { open: 'Open', posted: 'Posted', discarded: 'Discarded' };
