// Routes that need a user: the bearer token decides who it is. Any failure is a
// 401 problem with a WWW-Authenticate challenge, never a redirect to sign-in.
import { authenticateToken } from '@/lib/api-tokens/authenticate-token';
import type { Actor } from '@/lib/roles/actor';
import { bearerTokenOf } from './bearer';
import { withApiErrors } from './handle-errors';
import { problem } from './problem';

const REALM = 'Bearer realm="quartermaster"';

const unauthorized = (detail: string, challenge = REALM) => problem(401, 'UNAUTHENTICATED', detail, { headers: { 'www-authenticate': challenge } });

export function withApiActor<C = unknown>(handler: (actor: Actor, request: Request, context: C) => Promise<Response>) {
  return withApiErrors<C>(async (request, context) => {
    const credential = bearerTokenOf(request.headers.get('authorization'));
    if (credential.kind === 'missing') return unauthorized('Send an API token in the Authorization header: Bearer <token>.');
    if (credential.kind === 'malformed') return unauthorized('The Authorization header must read: Bearer <token>.', `${REALM}, error="invalid_request"`);
    const actor = await authenticateToken(credential.token);
    // One answer for unknown, revoked and expired: the holder can see which on the profile page.
    if (!actor) return unauthorized('The API token is not valid: it is unknown, expired or revoked.', `${REALM}, error="invalid_token"`);
    return handler(actor, request, context);
  });
}
