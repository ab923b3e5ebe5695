// POST /api/v1/serials/{serial}/defect — mark a unit defective: `scrap` it for
// good or `rework` it back to an earlier stage (`toStage`, the first by
// default); `notes` required. Scrapped or delivered already: 409.
import { markDefect } from '@/lib/serials/mark-defect';
import { parseInput } from '@/lib/validation';
import { readIdempotencyKey } from '../../../_lib/idempotency-key';
import { readJsonBody } from '../../../_lib/request-body';
import { withApiActor } from '../../../_lib/with-api-actor';
import { markDefectBody } from '../../_lib/serial-bodies';
import { serialOf } from '../../_lib/serial-path';
import { transitionResponse } from '../../_lib/serial-response';

type Context = { params: Promise<{ serial: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const serial = serialOf((await params).serial);
  const idempotencyKey = readIdempotencyKey(request);
  const body = parseInput(markDefectBody, await readJsonBody(request));
  return transitionResponse(await markDefect(actor, { ...body, serial, idempotencyKey: idempotencyKey ?? undefined }));
});
