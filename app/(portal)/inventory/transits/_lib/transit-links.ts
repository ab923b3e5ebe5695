// Where the transit screens link to, and the words for a document's status.
import type { TransitStatus } from '@/lib/inventory/transit/list-transits';
import { hrefWith } from '../../_lib/search-params';

export const TRANSITS_HREF = '/inventory/transits';
export const transitHref = (number: string) => `${TRANSITS_HREF}/${encodeURIComponent(number)}`;
export const shipHref = (prefill: { sku?: string; from?: string; to?: string } = {}) => hrefWith(`${TRANSITS_HREF}/new`, prefill);

export const TRANSIT_STATUS_LABELS: Record<TransitStatus, string> = {
  in_transit: 'In transit',
  partially_received: 'Partially received',
  received: 'Received',
  closed_short: 'Closed short',
};
