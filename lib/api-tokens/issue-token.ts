// API sign-in: e-mail and password in, a bearer token out. Goes through
// verifySignIn, so the same throttling and the same generic failure apply as on
// the sign-in page.
import { loadActor } from '../auth/load-actor';
import { SIGN_IN_FAILED, verifySignIn } from '../auth/sign-in';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { requirePermission } from '../roles/actor';
import { parseInput } from '../validation';
import { insertToken } from './insert-token';
import { issueTokenSchema } from './token-schemas';

export const DEFAULT_API_TOKEN_NAME = 'API sign-in';

export async function issueToken(input: unknown, clientIp: string | null): Promise<{ token: string; expiresAt: Date }> {
  const { email, password, name, expiresInDays } = parseInput(issueTokenSchema, input);
  const signedIn = await verifySignIn(email, password, clientIp);
  // The account could be deactivated between the two reads; answer as for a wrong password.
  const actor = await loadActor(signedIn.userId, signedIn.sessionVersion);
  if (!actor) throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
  requirePermission(actor, 'portal.use');
  const issued = await db().$transaction((tx) => insertToken(tx, actor, { name: name ?? DEFAULT_API_TOKEN_NAME, expiresInDays }));
  return { token: issued.token, expiresAt: issued.expiresAt };
}
