// GET /api/v1/me — who the token belongs to; the simplest way to test a token.
import { withApiActor } from '../_lib/with-api-actor';
import { json } from '../_lib/respond';

export const GET = withApiActor(async (actor) => json({ email: actor.email, name: actor.name, role: actor.role }));
