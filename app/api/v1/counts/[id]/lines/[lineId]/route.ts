// POST /api/v1/counts/{id}/lines/{lineId} — record what was counted on one line
// (a recount overwrites it while the count is open). Closed count: 409.
import { recordCount } from '@/lib/inventory/counts/record-count';
import { parseInput } from '@/lib/validation';
import { readJsonBody } from '../../../../_lib/request-body';
import { json } from '../../../../_lib/respond';
import { withApiActor } from '../../../../_lib/with-api-actor';
import { recordCountBody } from '../../../_lib/count-bodies';

type Context = { params: Promise<{ id: string; lineId: string }> };

export const POST = withApiActor<Context>(async (actor, request, { params }) => {
  const { id, lineId } = await params;
  const { counted } = parseInput(recordCountBody, await readJsonBody(request));
  return json(await recordCount(actor, { countId: id, lineId, counted }));
});
