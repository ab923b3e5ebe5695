// Which sites (and so storage units, stock and movements) an actor may see:
// Admins all of them, everyone else the sites of their own department.
import type { Actor } from '../roles/actor';

export function canSeeSite(actor: Actor, siteDepartmentId: number | null): boolean {
  return actor.role === 'ADMIN' || (siteDepartmentId !== null && siteDepartmentId === actor.departmentId);
}

/** SQL-side filter values: null means no restriction. */
export function siteDepartmentFilter(actor: Actor): number | null {
  return actor.role === 'ADMIN' ? null : actor.departmentId;
}
