// A signed-in user makes a token for themselves on the profile page.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { insertToken, type IssuedToken } from './insert-token';
import { createOwnTokenSchema } from './token-schemas';

export async function createOwnToken(actor: Actor, input: unknown): Promise<IssuedToken> {
  requirePermission(actor, 'portal.use');
  const fields = parseInput(createOwnTokenSchema, input);
  return db().$transaction((tx) => insertToken(tx, actor, fields));
}
