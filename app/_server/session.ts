// The acting user of this request: session cookie -> Actor, read from the
// database every request (lib/auth/load-actor). Pages and actions call this;
// domain operations check the actor's permissions themselves.
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadActor } from '@/lib/auth/load-actor';
import type { Actor } from '@/lib/roles/actor';
import { authOptions } from './auth-options';

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: number; sv?: number } | null;
  if (!session?.uid || !session.sv) return null;
  return loadActor(session.uid, session.sv);
});

/** For pages: the actor, or off to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/signin');
  return actor;
}
