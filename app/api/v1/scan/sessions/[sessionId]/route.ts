// GET /api/v1/scan/sessions/{sessionId} — one committed scan session with its
// lines; someone else's (unless the token user is an Admin) or unknown: 404.
import { getScanSession } from '@/lib/scan/get-scan-session';
import { json } from '../../../_lib/respond';
import { withApiActor } from '../../../_lib/with-api-actor';
import { sessionIdOf } from '../../_lib/scan-request';

type Context = { params: Promise<{ sessionId: string }> };

export const GET = withApiActor<Context>(async (actor, _request, { params }) => json(await getScanSession(actor, sessionIdOf((await params).sessionId))));
