// Which serial numbers and work orders an actor sees, as SQL conditions (lists
// filter in the query, never after loading):
// Admin everything; Department Lead their department's; Team Lead their team's
// (and their department's work assigned to no team);
// Member the work orders naming them, or their team's where the order names nobody.
import { sql, trusted as raw, type Sql } from '../db/sql';
import type { Actor } from '../roles/actor';

/** Condition on a work order row: `w` is the alias of "WorkOrder" (its id, departmentId, teamId). */
function byAssignment(actor: Actor, workOrderId: Sql, departmentId: Sql, teamId: Sql): Sql {
  switch (actor.role) {
    case 'ADMIN':
      return sql`TRUE`;
    case 'DEPARTMENT_LEAD':
      return sql`${departmentId} = ${actor.departmentId}`;
    case 'TEAM_LEAD':
      // Their team's work, and the department's work assigned to no team (units added to stock by hand, say).
      return sql`(${teamId} = ${actor.teamId ?? -1} OR (${teamId} IS NULL AND ${departmentId} = ${actor.departmentId}))`;
    case 'MEMBER':
      return sql`(EXISTS (SELECT 1 FROM "WorkOrderAssignee" a WHERE a."workOrderId" = ${workOrderId} AND a."userId" = ${actor.id})
        OR (${teamId} = ${actor.teamId ?? -1} AND NOT EXISTS (SELECT 1 FROM "WorkOrderAssignee" a WHERE a."workOrderId" = ${workOrderId})))`;
  }
}

/** Serial units visible to the actor; `alias` names "SerialUnit" in the query. A Member's
 *  visible work orders are found once (a semi-join), not tested per serial. */
export const serialScope = (actor: Actor, alias = 's'): Sql =>
  actor.role === 'MEMBER'
    ? sql`(${raw(`${alias}."workOrderId"`)} IN (SELECT w.id FROM "WorkOrder" w WHERE ${workOrderScope(actor, 'w')})
        OR (${raw(`${alias}."workOrderId"`)} IS NULL AND ${raw(`${alias}."teamId"`)} = ${actor.teamId ?? -1}))`
    : byAssignment(actor, raw(`${alias}."workOrderId"`), raw(`${alias}."departmentId"`), raw(`${alias}."teamId"`));

/** Work orders visible to the actor; `alias` names "WorkOrder" in the query. */
export const workOrderScope = (actor: Actor, alias = 'w'): Sql =>
  byAssignment(actor, raw(`${alias}.id`), raw(`${alias}."departmentId"`), raw(`${alias}."teamId"`));
