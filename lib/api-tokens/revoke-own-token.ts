// A user revokes one of their own tokens. Someone else's token id answers 404.
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { revokeTokenWhere } from './revoke-token';
import { tokenIdSchema } from './token-schemas';

export async function revokeOwnToken(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'portal.use');
  const { id } = parseInput(tokenIdSchema, input);
  await revokeTokenWhere(actor, { id, userId: actor.id });
}
