// What the purchasing plugin shows an actor: Admins every department's purchase
// orders and lots, everyone else their own department's.
import { sql, trusted as raw, type Sql } from '../../../lib/db/sql';
import type { Actor } from '../../../lib/roles/actor';

/** Rows with a "departmentId" column visible to the actor; `alias` names the table in the query. */
export const departmentScope = (actor: Actor, alias: string): Sql =>
  actor.role === 'ADMIN' ? sql`TRUE` : sql`${raw(`${alias}."departmentId"`)} = ${actor.departmentId}`;

export const seesDepartment = (actor: Actor, departmentId: number) => actor.role === 'ADMIN' || actor.departmentId === departmentId;
