// The check every plugin operation starts with. A disabled plugin's permissions
// are gone from every actor (lib/roles/effective-permissions.ts), so its pages,
// actions and API routes answer "not found" at once, without a rebuild; a role
// without the permission gets the same answer (no hint the feature exists).
import { DomainError } from '../errors';
import type { Actor } from '../roles/actor';

export function requirePluginPermission(actor: Actor | null | undefined, permission: string): asserts actor is Actor {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!actor.permissions.has(permission)) throw new DomainError('NOT_FOUND', 'Not found.');
}
