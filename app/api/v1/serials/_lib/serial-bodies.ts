// The request bodies of the serial transitions: the operations' own fields,
// minus what the URL and a header carry (the serial, the Idempotency-Key).
import { advanceSerialSchema } from '@/lib/serials/advance-serial';
import { approveSerialSchema } from '@/lib/serials/approve-serial';
import { deliverSerialSchema } from '@/lib/serials/deliver-serial';
import { markDefectSchema } from '@/lib/serials/mark-defect';

export const advanceSerialBody = advanceSerialSchema.pick({ toStage: true, note: true });
export const approveSerialBody = approveSerialSchema.pick({ location: true, note: true });
export const deliverSerialBody = deliverSerialSchema.pick({ reference: true, note: true });
export const markDefectBody = markDefectSchema.pick({ action: true, toStage: true, notes: true });
