// GET /api/v1/serials/{serial} — one serial with its stage, work order, where
// it is and its lifecycle history; unknown or out of scope: 404.
import { getSerial } from '@/lib/serials/get-serial';
import { json } from '../../_lib/respond';
import { withApiActor } from '../../_lib/with-api-actor';
import { serialOf } from '../_lib/serial-path';
import { apiSerial } from '../_lib/serial-response';

type Context = { params: Promise<{ serial: string }> };

export const GET = withApiActor<Context>(async (actor, _request, { params }) => json(apiSerial(await getSerial(actor, serialOf((await params).serial)))));
