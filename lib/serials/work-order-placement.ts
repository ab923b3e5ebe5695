// Where a new work order belongs: the team's department when a team is named
// (an active team; a Department Lead's own department's), else the creator's;
// and who may be assigned: active users of that department, and of the team
// when there is one. Rows are read FOR SHARE so an archive or a move running at
// the same moment waits for the order (as lib/users/check-membership.ts does).
import type { SqlClient } from '../db/transaction';
import { invalid } from '../errors';
import type { Actor } from '../roles/actor';

type Queryable = Pick<SqlClient, 'query'>;

export interface Placement {
  departmentId: number;
  teamId: number | null;
}

interface TeamRow {
  id: number;
  name: string;
  departmentId: number;
  teamArchived: boolean;
  departmentArchived: boolean;
}

const TEAM_SELECT = `SELECT t.id, t.name, t."departmentId", t."archivedAt" IS NOT NULL AS "teamArchived", d."archivedAt" IS NOT NULL AS "departmentArchived"
  FROM "Team" t JOIN "Department" d ON d.id = t."departmentId"`;

async function findTeam(client: Queryable, actor: Actor, team: string): Promise<TeamRow> {
  if (/^\d{1,9}$/.test(team)) {
    const { rows } = await client.query(`${TEAM_SELECT} WHERE t.id = $1 FOR SHARE OF t, d`, [Number(team)]);
    if (!rows[0] || (actor.role !== 'ADMIN' && rows[0].departmentId !== actor.departmentId)) throw invalid('team', 'Choose a team of your department.');
    return rows[0];
  }
  // By name: the creator's department first; an Admin may name a team of another department when the name is unique.
  const { rows: own } = await client.query(`${TEAM_SELECT} WHERE lower(t.name) = lower($1) AND t."departmentId" = $2 FOR SHARE OF t, d`, [team, actor.departmentId]);
  if (own[0]) return own[0];
  if (actor.role !== 'ADMIN') throw invalid('team', `Your department has no team named ${team}.`);
  const { rows } = await client.query(`${TEAM_SELECT} WHERE lower(t.name) = lower($1) FOR SHARE OF t, d`, [team]);
  if (rows.length > 1) throw invalid('team', `${rows.length} departments have a team named ${team}; give the team's id.`);
  if (!rows[0]) throw invalid('team', `There is no team named ${team}.`);
  return rows[0];
}

export async function placeWorkOrder(client: Queryable, actor: Actor, team: string | null): Promise<Placement> {
  if (team === null) {
    const { rows } = await client.query(`SELECT "archivedAt" IS NOT NULL AS archived FROM "Department" WHERE id = $1 FOR SHARE`, [actor.departmentId]);
    if (!rows[0] || rows[0].archived) throw invalid('team', 'Your department is archived; choose a team of an active department.');
    return { departmentId: actor.departmentId, teamId: null };
  }
  const found = await findTeam(client, actor, team);
  if (found.teamArchived || found.departmentArchived) throw invalid('team', `${found.name} is archived; choose an active team.`);
  return { departmentId: found.departmentId, teamId: found.id };
}

/** The assignees as given (duplicates dropped), each an active user where the order belongs. */
export async function checkAssignees(client: Queryable, placement: Placement, userIds: number[]): Promise<number[]> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return ids;
  const { rows } = await client.query(`SELECT id, name, active, "departmentId", "teamId" FROM "User" WHERE id = ANY($1::int[]) FOR SHARE`, [ids]);
  const byId = new Map<number, { name: string; active: boolean; departmentId: number; teamId: number | null }>(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const user = byId.get(id);
    if (!user || !user.active || user.departmentId !== placement.departmentId) throw invalid('assigneeIds', 'Choose active people of the work order’s department.');
    if (placement.teamId !== null && user.teamId !== placement.teamId) throw invalid('assigneeIds', `${user.name} is not in the chosen team.`);
  }
  return ids;
}
