// POST /api/v1/serials/{serial}/approve — QA approval: a unit that has passed
// its stages enters stock at the storage unit `location`. Approving twice: 409.
import { approveSerial } from '@/lib/serials/approve-serial';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { readJsonBody } from '../../../_lib/request-body';
import { withApiActor } from '../../../_lib/with-api-actor';
import { approveSerialBody } from '../../_lib/serial-bodies';
import { serialOf } from '../../_lib/serial-path';
import { transitionResponse } from '../../_lib/serial-response';

type Context = { params: Promise<{ serial: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const serial = serialOf((await params).serial);
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(approveSerialBody, await readJsonBody(request));
  return transitionResponse(await approveSerial(actor, { ...body, serial, idempotencyKey: idempotencyKey ?? undefined }));
});
