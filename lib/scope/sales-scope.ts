// Which sales orders an actor sees, as an SQL condition (lists and single reads
// filter in the query): Admins every order; everyone else the orders of their
// own department, the one that ships them.
import { sql, trusted as raw, type Sql } from '../db/sql';
import type { Actor } from '../roles/actor';

/** Sales orders visible to the actor; `alias` names "SalesOrder" in the query. */
export const salesOrderScope = (actor: Actor, alias = 'o'): Sql =>
  actor.role === 'ADMIN' ? sql`TRUE` : sql`${raw(`${alias}."departmentId"`)} = ${actor.departmentId}`;
