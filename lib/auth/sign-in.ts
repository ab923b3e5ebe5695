// Checks an e-mail and password. One generic failure message whatever went
// wrong, so the answer never tells whether an account exists.
import { db } from '../db/client';
import { DomainError } from '../errors';
import { decoyHash, verifyPassword } from './password';
import { clearFailures, recordFailure, secondsUntilAllowed, throttleKeys } from './throttle';

export const SIGN_IN_FAILED = 'Wrong e-mail or password.';

export interface SignedIn {
  userId: number;
  sessionVersion: number;
}

export async function verifySignIn(emailInput: string, password: string, clientIp: string | null): Promise<SignedIn> {
  const email = String(emailInput ?? '').trim().toLowerCase().slice(0, 320);
  const keys = throttleKeys(email, clientIp);
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new DomainError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${wait} s.`);

  const user = email ? await db().user.findUnique({ where: { email } }) : null;
  const ok = await verifyPassword(String(password ?? '').slice(0, 1024), user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok || !user.active) {
    await recordFailure(keys);
    throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
  }
  await clearFailures(email);
  return { userId: user.id, sessionVersion: user.sessionVersion };
}
