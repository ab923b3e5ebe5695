// POST /api/v1/transits/{number}/close — close a document that arrived short:
// what is still on the way is written off with the reason. Closed already: 409.
import { closeTransit } from '@/lib/inventory/transit/close-transit';
import { parseInput } from '@/lib/validation';
import { readJsonBody } from '../../../_lib/request-body';
import { json } from '../../../_lib/respond';
import { withApiActor } from '../../../_lib/with-api-actor';
import { closeTransitBody } from '../../_lib/transit-bodies';
import { transitNumberOf } from '../../_lib/transit-path';
import { apiPosting } from '../../_lib/transit-response';

type Context = { params: Promise<{ number: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const number = transitNumberOf((await params).number);
  const { reason } = parseInput(closeTransitBody, await readJsonBody(request));
  const closed = await closeTransit(actor, { number, reason });
  return json({ number: closed.number, writtenOff: closed.writtenOff ? apiPosting(closed.writtenOff) : null });
});
