// POST /api/v1/scan/resolve — what one scanned code names (item, storage unit,
// lot or serial) with what is available where; unknown: 404 problem.
import { resolveScan } from '@/lib/scan/resolve-scan';
import { parseInput } from '@/lib/validation';
import { readJsonBody } from '../../_lib/request-body';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { resolveScanBody } from '../_lib/scan-request';

export const POST = withApiActor(async (actor, request) => json(await resolveScan(actor, parseInput(resolveScanBody, await readJsonBody(request)))));
