// POST /api/v1/scan/preview — a scan session as commit would post it, posting
// nothing: every line with its quantity, the lots FIFO would take, or its error.
import { previewScan } from '@/lib/scan/preview-scan';
import { parseInput } from '@/lib/validation';
import { readJsonBody } from '../../_lib/request-body';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { scanSessionBody } from '../_lib/scan-request';
import { apiPreview } from '../_lib/scan-response';

export const POST = withApiActor(async (actor, request) => json(apiPreview(await previewScan(actor, parseInput(scanSessionBody, await readJsonBody(request))))));
