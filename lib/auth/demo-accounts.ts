// The demo accounts the sign-in page may list: only those still on the demo password.
import { db } from '../db/client';

export const DEMO_PASSWORD = 'demo1234';

export async function demoAccountsStillOpen(): Promise<{ email: string; role: string }[]> {
  return db().user.findMany({ where: { hasDemoPassword: true, active: true }, select: { email: true, role: true }, orderBy: { id: 'asc' } });
}
