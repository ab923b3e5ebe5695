// The request bodies of the count endpoints: the domain operations' own
// fields, minus what the URL or a header carries (the count and line ids, the
// Idempotency-Key).
import { z } from 'zod';
import { createCountSchema } from '@/lib/inventory/counts/create-count';

export const createCountBody = createCountSchema.pick({ location: true, blind: true, note: true });
/** recordCount validates `counted` itself (against the item's unit); only its presence is shaped here. */
export const recordCountBody = z.object({ counted: z.unknown() });
