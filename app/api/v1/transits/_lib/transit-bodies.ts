// The request bodies of the transit endpoints: the domain operations' own
// fields, minus what the URL or a header carries (the number, the
// Idempotency-Key) and what the document sets itself (the reference).
import { closeTransitSchema } from '@/lib/inventory/transit/close-transit';
import { receiveTransitSchema } from '@/lib/inventory/transit/receive-transit';
import { shipToSiteSchema } from '@/lib/inventory/transit/ship-to-site';

export const shipTransitBody = shipToSiteSchema.pick({ sku: true, from: true, to: true, quantity: true, note: true });
export const receiveTransitBody = receiveTransitSchema.pick({ quantity: true, location: true });
export const closeTransitBody = closeTransitSchema.pick({ reason: true });
