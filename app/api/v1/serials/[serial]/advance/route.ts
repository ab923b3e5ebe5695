// POST /api/v1/serials/{serial}/advance — move a unit in production to its next
// stage, or to `toStage` when only optional stages lie between; body optional.
import { advanceSerial } from '@/lib/serials/advance-serial';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { readOptionalJsonBody } from '../../../_lib/request-body';
import { withApiActor } from '../../../_lib/with-api-actor';
import { advanceSerialBody } from '../../_lib/serial-bodies';
import { serialOf } from '../../_lib/serial-path';
import { transitionResponse } from '../../_lib/serial-response';

type Context = { params: Promise<{ serial: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const serial = serialOf((await params).serial);
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(advanceSerialBody, await readOptionalJsonBody(request));
  return transitionResponse(await advanceSerial(actor, { ...body, serial, idempotencyKey: idempotencyKey ?? undefined }));
});
