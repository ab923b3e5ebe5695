// The acting user of every domain operation, loaded fresh from the database on
// each request (lib/auth/load-actor.ts). Domain operations check it themselves.
import { DomainError } from '../errors';
import type { Permission } from './permissions';
import type { Role } from './roles';

export interface Actor {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly departmentId: number;
  readonly teamId: number | null;
  readonly permissions: ReadonlySet<string>;
}

export const FORBIDDEN_MESSAGE = 'You do not have permission to do that.';

export const can = (actor: Actor, permission: Permission | string): boolean => actor.permissions.has(permission);

/** Throws FORBIDDEN unless the actor holds the permission. */
export function requirePermission(actor: Actor | null | undefined, permission: Permission | string): asserts actor is Actor {
  if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!can(actor, permission)) throw new DomainError('FORBIDDEN', FORBIDDEN_MESSAGE);
}
