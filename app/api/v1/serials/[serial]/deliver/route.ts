// POST /api/v1/serials/{serial}/deliver — a unit in stock leaves against a
// sales order or customer (`reference`). Not in stock: 409.
import { deliverSerial } from '@/lib/serials/deliver-serial';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { readJsonBody } from '../../../_lib/request-body';
import { withApiActor } from '../../../_lib/with-api-actor';
import { deliverSerialBody } from '../../_lib/serial-bodies';
import { serialOf } from '../../_lib/serial-path';
import { transitionResponse } from '../../_lib/serial-response';

type Context = { params: Promise<{ serial: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const serial = serialOf((await params).serial);
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(deliverSerialBody, await readJsonBody(request));
  return transitionResponse(await deliverSerial(actor, { ...body, serial, idempotencyKey: idempotencyKey ?? undefined }));
});
