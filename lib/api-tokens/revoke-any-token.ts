// An Admin revokes any user's token (a lost laptop, a leaked script).
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { revokeTokenWhere } from './revoke-token';
import { tokenIdSchema } from './token-schemas';

export async function revokeAnyToken(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'users.manage');
  const { id } = parseInput(tokenIdSchema, input);
  await revokeTokenWhere(actor, { id });
}
