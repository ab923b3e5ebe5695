import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestUser, demoActor } from '../../scripts/test/actors';
import { freshSite } from '../../scripts/test/locations';
import { db } from '../db/client';
import { createUser } from '../users/create-user';
import { listOrganisation } from '../users/list-users';
import { setUserActive } from '../users/set-user-active';
import { updateUser } from '../users/update-user';
import { assignMember } from './assign-member';
import { createDepartment } from './create-department';
import { createTeam } from './create-team';
import { getDepartment } from './get-department';
import { listDepartments } from './list-departments';
import { listMemberCandidates } from './list-member-candidates';
import { renameDepartment } from './rename-department';
import { renameTeam } from './rename-team';
import { setDepartmentArchived } from './set-department-archived';
import { setLeadRole } from './set-lead-role';
import { setTeamArchived } from './set-team-archived';

const unique = (prefix: string) => `${prefix} ${randomBytes(3).toString('hex')}`;

async function freshDepartment(name = unique('Dept')) {
  const admin = await demoActor.admin();
  const { id } = await createDepartment(admin, { name });
  return { id, name };
}

async function freshTeam(departmentId: number, name = unique('Team')) {
  const { id } = await createTeam(await demoActor.admin(), { departmentId: String(departmentId), name });
  return { id, name };
}

const auditOf = (entity: string, entityId: number) => db().auditEvent.findMany({ where: { entity, entityId: String(entityId) }, orderBy: { id: 'asc' } });
const placementOf = (id: number) => db().user.findUniqueOrThrow({ where: { id }, select: { role: true, departmentId: true, teamId: true } });

describe('departments', () => {
  it('lets an Admin create a department with a trimmed name and rename it, with audit events', async () => {
    const admin = await demoActor.admin();
    const name = unique('Quality');
    const { id } = await createDepartment(admin, { name: `  ${name}  ` });
    expect((await db().department.findUniqueOrThrow({ where: { id } })).name).toBe(name);
    // A change of letter case only is a rename, not a clash with itself.
    await renameDepartment(admin, { id: String(id), name: name.toUpperCase() });
    const events = await auditOf('Department', id);
    expect(events.map((e) => e.action)).toEqual(['department.create', 'department.rename']);
    expect(events[0]).toMatchObject({ actorId: admin.id, after: { name } });
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { name }, after: { name: name.toUpperCase() } });
  });

  it('refuses a name another department has in any letter case, blank names and names over 80 characters', async () => {
    const admin = await demoActor.admin();
    const { id } = await freshDepartment();
    const count = await db().department.count();
    await expect(createDepartment(admin, { name: 'LOGISTICS' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: expect.stringContaining('Logistics') } });
    await expect(renameDepartment(admin, { id, name: 'electronics production' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: expect.any(String) } });
    await expect(createDepartment(admin, { name: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { name: expect.any(String) } });
    await expect(createDepartment(admin, { name: 'x'.repeat(81) })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { name: 'At most 80 characters.' } });
    await expect(createDepartment(admin, { name: 'x'.repeat(80) })).resolves.toMatchObject({ id: expect.any(Number) });
    await expect(renameDepartment(admin, { id: 999_999, name: 'Nowhere' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db().department.count()).toBe(count + 1);
  });

  it('lets one of two admins creating the same name in different letter case at the same moment win', async () => {
    const admin = await demoActor.admin();
    const name = unique('Race');
    const results = await Promise.allSettled([createDepartment(admin, { name }), createDepartment(admin, { name: name.toUpperCase() })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });

  it('archives an empty department and brings it back, audited; archived ones are listed apart and not offered', async () => {
    const admin = await demoActor.admin();
    const { id, name } = await freshDepartment();
    await setDepartmentArchived(admin, { id: String(id), archived: 'true' });
    const lists = await listDepartments(admin);
    expect(lists.archived.map((d) => d.name)).toContain(name);
    expect(lists.active.map((d) => d.name)).not.toContain(name);
    expect((await listOrganisation(admin)).map((d) => d.id)).not.toContain(id);
    // Not offered means not accepted either: not for a new user, a move or a lead.
    const user = await createTestUser('MEMBER');
    await expect(createUser(admin, { name: 'Late', email: `${unique('late').replace(' ', '-')}@test.local`, role: 'MEMBER', departmentId: id, teamId: '', password: 'long enough' })).rejects.toMatchObject({ fieldErrors: { departmentId: expect.any(String) } });
    await expect(assignMember(admin, { userId: user.id, departmentId: id })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { departmentId: expect.stringContaining('archived') } });
    await expect(setLeadRole(admin, { userId: user.id, role: 'DEPARTMENT_LEAD', departmentId: id })).rejects.toMatchObject({ fieldErrors: { departmentId: expect.any(String) } });
    await expect(createTeam(admin, { departmentId: id, name: 'Late team' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('archived') });

    await setDepartmentArchived(admin, { id, archived: 'false' });
    expect((await db().department.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
    const events = await auditOf('Department', id);
    expect(events.map((e) => e.action)).toEqual(['department.create', 'department.archive', 'department.unarchive']);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { archivedAt: null }, after: { archivedAt: expect.any(String) } });
    expect(events[2]).toMatchObject({ before: { archivedAt: expect.any(String) }, after: { archivedAt: null } });
  });

  it('refuses to archive a department with active users, saying how many; deactivated users do not hold it back', async () => {
    const admin = await demoActor.admin();
    const { id, name } = await freshDepartment();
    const [a, b] = [await createTestUser('MEMBER'), await createTestUser('MEMBER')];
    await assignMember(admin, { userId: a.id, departmentId: id });
    await assignMember(admin, { userId: b.id, departmentId: id });
    await expect(setDepartmentArchived(admin, { id, archived: true })).rejects.toMatchObject({ code: 'CONFLICT', message: `${name} still has 2 active users; move them to another department before archiving it.` });
    await setUserActive(admin, { id: a.id, active: 'false' });
    await expect(setDepartmentArchived(admin, { id, archived: true })).rejects.toMatchObject({ message: expect.stringContaining('1 active user;') });
    await setUserActive(admin, { id: b.id, active: 'false' });
    await setDepartmentArchived(admin, { id, archived: true });
    // A deactivated user of an archived department is not let back in until moved.
    await expect(setUserActive(admin, { id: a.id, active: 'true' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('archived') });
    expect((await db().user.findUniqueOrThrow({ where: { id: a.id } })).active).toBe(false);
  });

  it('never leaves an active user in a department archived at the same moment as they are moved in', async () => {
    const admin = await demoActor.admin();
    for (let round = 0; round < 5; round++) {
      const { id } = await freshDepartment();
      const user = await createTestUser('MEMBER');
      await Promise.allSettled([assignMember(admin, { userId: user.id, departmentId: id }), setDepartmentArchived(admin, { id, archived: true })]);
      const department = await db().department.findUniqueOrThrow({ where: { id } });
      const inside = await db().user.count({ where: { departmentId: id, active: true } });
      expect(department.archivedAt !== null && inside > 0).toBe(false);
    }
  });

  it('refuses to archive a department that owns sites, naming them', async () => {
    const admin = await demoActor.admin();
    const { id, name } = await freshDepartment();
    const code = await freshSite(name);
    await expect(setDepartmentArchived(admin, { id, archived: true })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(new RegExp(`still owns 1 site \\(${code}\\); they must be moved`)) });
    expect((await db().department.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
    expect(await auditOf('Department', id)).toHaveLength(1);
  });
});

describe('teams', () => {
  it('lets an Admin create and rename a team, unique per department in any letter case, with audit events', async () => {
    const admin = await demoActor.admin();
    const production = await db().department.findUniqueOrThrow({ where: { name: 'Electronics Production' } });
    const { id: deptId } = await freshDepartment();
    // The same name is fine in another department.
    const { id } = await createTeam(admin, { departmentId: String(deptId), name: ' SMT Line ' });
    expect(await db().team.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: 'SMT Line', departmentId: deptId });
    await expect(createTeam(admin, { departmentId: production.id, name: 'smt line' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: expect.stringContaining('SMT Line') } });
    await expect(createTeam(admin, { departmentId: deptId, name: 'SMT LINE' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: expect.any(String) } });
    await expect(createTeam(admin, { departmentId: deptId, name: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { name: expect.any(String) } });
    await expect(createTeam(admin, { departmentId: 999_999, name: 'Ghost' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { id: otherId } = await freshTeam(deptId, 'Rework');
    await expect(renameTeam(admin, { id: otherId, name: 'smt line' })).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { name: expect.any(String) } });
    await expect(renameTeam(admin, { id, name: 'y'.repeat(81) })).rejects.toMatchObject({ fieldErrors: { name: expect.any(String) } });
    await renameTeam(admin, { id, name: 'Pick and place' });
    const events = await auditOf('Team', id);
    expect(events.map((e) => e.action)).toEqual(['team.create', 'team.rename']);
    expect(events[0]).toMatchObject({ actorId: admin.id, after: { departmentId: deptId, name: 'SMT Line' } });
    expect(events[1]).toMatchObject({ before: { name: 'SMT Line' }, after: { name: 'Pick and place' } });
  });

  it('refuses to archive a team with active users, then archives it once they are moved; archived teams are not offered', async () => {
    const admin = await demoActor.admin();
    const { id: deptId } = await freshDepartment();
    const team = await freshTeam(deptId);
    const user = await createTestUser('MEMBER');
    await assignMember(admin, { userId: user.id, departmentId: deptId, teamId: String(team.id) });
    await expect(setTeamArchived(admin, { id: team.id, archived: 'true' })).rejects.toMatchObject({ code: 'CONFLICT', message: `${team.name} still has 1 active user; move them to another team or to no team before archiving it.` });
    await assignMember(admin, { userId: user.id, departmentId: deptId, teamId: '' });
    await setTeamArchived(admin, { id: team.id, archived: 'true' });
    const org = await listOrganisation(admin);
    expect(org.find((d) => d.id === deptId)?.teams.map((t) => t.id)).not.toContain(team.id);
    await expect(assignMember(admin, { userId: user.id, departmentId: deptId, teamId: team.id })).rejects.toMatchObject({ fieldErrors: { teamId: expect.stringContaining('archived') } });
    await expect(updateUser(admin, { id: user.id, name: 'T', email: user.email, role: 'MEMBER', departmentId: deptId, teamId: team.id })).rejects.toMatchObject({ fieldErrors: { teamId: expect.any(String) } });
    await setTeamArchived(admin, { id: team.id, archived: 'false' });
    const events = await auditOf('Team', team.id);
    expect(events.map((e) => e.action)).toEqual(['team.create', 'team.archive', 'team.unarchive']);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { archivedAt: null }, after: { archivedAt: expect.any(String) } });
  });

  it('does not bring a team back while its department is archived', async () => {
    const admin = await demoActor.admin();
    const { id: deptId, name } = await freshDepartment();
    const team = await freshTeam(deptId);
    await setTeamArchived(admin, { id: team.id, archived: true });
    await setDepartmentArchived(admin, { id: deptId, archived: true });
    await expect(setTeamArchived(admin, { id: team.id, archived: false })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(`${name} is archived`) });
    await expect(setTeamArchived(admin, { id: 999_999, archived: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('members and leads', () => {
  it('moves a user to another department: their team is cleared unless a team of that department is given', async () => {
    const admin = await demoActor.admin();
    const a = await freshDepartment();
    const teamA = await freshTeam(a.id);
    const b = await freshDepartment();
    const teamB = await freshTeam(b.id);
    const user = await createTestUser('MEMBER');
    await assignMember(admin, { userId: user.id, departmentId: a.id, teamId: teamA.id });
    // No team given: the team stays while it is in the department...
    await assignMember(admin, { userId: user.id, departmentId: a.id });
    expect(await placementOf(user.id)).toEqual({ role: 'MEMBER', departmentId: a.id, teamId: teamA.id });
    // ...and goes when the user leaves the department.
    await assignMember(admin, { userId: user.id, departmentId: b.id });
    expect(await placementOf(user.id)).toEqual({ role: 'MEMBER', departmentId: b.id, teamId: null });
    await assignMember(admin, { userId: user.id, departmentId: String(b.id), teamId: String(teamB.id) });
    expect(await placementOf(user.id)).toEqual({ role: 'MEMBER', departmentId: b.id, teamId: teamB.id });
    // A team of another department is refused next to the team field.
    await expect(assignMember(admin, { userId: user.id, departmentId: b.id, teamId: teamA.id })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { teamId: expect.any(String) } });
    await expect(assignMember(admin, { userId: 999_999, departmentId: b.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(assignMember(admin, { userId: 'x', departmentId: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { userId: expect.any(String), departmentId: expect.any(String) } });

    const events = await db().auditEvent.findMany({ where: { entity: 'User', entityId: String(user.id), action: 'user.assign' }, orderBy: { id: 'asc' } });
    // The no-change assignment wrote nothing.
    expect(events).toHaveLength(3);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { departmentId: a.id, teamId: teamA.id, role: 'MEMBER' }, after: { departmentId: b.id, teamId: null, role: 'MEMBER' } });
  });

  it('makes a user Team Lead (joining that team) or Department Lead, and a Member again, audited', async () => {
    const admin = await demoActor.admin();
    const dept = await freshDepartment();
    const team = await freshTeam(dept.id);
    const user = await createTestUser('MEMBER');
    await setLeadRole(admin, { userId: user.id, role: 'TEAM_LEAD', departmentId: dept.id, teamId: team.id });
    expect(await placementOf(user.id)).toEqual({ role: 'TEAM_LEAD', departmentId: dept.id, teamId: team.id });
    await setLeadRole(admin, { userId: user.id, role: 'DEPARTMENT_LEAD', departmentId: dept.id });
    expect(await placementOf(user.id)).toEqual({ role: 'DEPARTMENT_LEAD', departmentId: dept.id, teamId: team.id });
    const list = (await listDepartments(admin)).active.find((d) => d.id === dept.id);
    expect(list).toMatchObject({ activeUsers: 1, sites: 0, leads: [{ id: user.id }], teams: [{ id: team.id, activeUsers: 1, leads: [] }] });
    await setLeadRole(admin, { userId: user.id, role: 'MEMBER', departmentId: dept.id });
    expect(await placementOf(user.id)).toEqual({ role: 'MEMBER', departmentId: dept.id, teamId: team.id });

    const events = await db().auditEvent.findMany({ where: { entity: 'User', entityId: String(user.id), action: 'user.set-lead-role' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => (e.after as { role: string }).role)).toEqual(['TEAM_LEAD', 'DEPARTMENT_LEAD', 'MEMBER']);
    expect(events[0]).toMatchObject({ actorId: admin.id, before: { role: 'MEMBER', teamId: null }, after: { role: 'TEAM_LEAD', departmentId: dept.id, teamId: team.id } });
  });

  it('turns a lead who is moved away from what they led into a Member', async () => {
    const admin = await demoActor.admin();
    const dept = await freshDepartment();
    const [t1, t2] = [await freshTeam(dept.id), await freshTeam(dept.id)];
    const other = await freshDepartment();
    const user = await createTestUser('MEMBER');
    await setLeadRole(admin, { userId: user.id, role: 'TEAM_LEAD', departmentId: dept.id, teamId: t1.id });
    const moved = await assignMember(admin, { userId: user.id, departmentId: dept.id, teamId: t2.id });
    expect(moved).toMatchObject({ before: { role: 'TEAM_LEAD' }, after: { role: 'MEMBER', teamId: t2.id } });
    await setLeadRole(admin, { userId: user.id, role: 'DEPARTMENT_LEAD', departmentId: dept.id });
    await assignMember(admin, { userId: user.id, departmentId: other.id });
    expect(await placementOf(user.id)).toEqual({ role: 'MEMBER', departmentId: other.id, teamId: null });
  });

  it('refuses to make an Admin a lead or Member, a Team Lead without a team of this department, and a deactivated user a lead', async () => {
    const admin = await demoActor.admin();
    const dept = await freshDepartment();
    const team = await freshTeam(dept.id);
    const foreignTeam = await db().team.findFirstOrThrow({ where: { name: 'Shipping' } });
    const otherAdmin = await createTestUser('ADMIN');
    for (const role of ['TEAM_LEAD', 'DEPARTMENT_LEAD', 'MEMBER']) {
      await expect(setLeadRole(admin, { userId: otherAdmin.id, role, departmentId: dept.id, teamId: team.id })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('keeps the Admin role') });
    }
    await expect(setLeadRole(admin, { userId: admin.id, role: 'TEAM_LEAD', departmentId: dept.id, teamId: team.id })).rejects.toMatchObject({ message: expect.stringContaining('Admin') });
    expect((await placementOf(otherAdmin.id)).role).toBe('ADMIN');
    // An Admin may still be placed in a department and team; the role stays.
    await assignMember(admin, { userId: otherAdmin.id, departmentId: dept.id, teamId: team.id });
    expect(await placementOf(otherAdmin.id)).toEqual({ role: 'ADMIN', departmentId: dept.id, teamId: team.id });

    const user = await createTestUser('MEMBER');
    await expect(setLeadRole(admin, { userId: user.id, role: 'TEAM_LEAD', departmentId: dept.id, teamId: '' })).rejects.toMatchObject({ fieldErrors: { teamId: expect.any(String) } });
    await expect(setLeadRole(admin, { userId: user.id, role: 'TEAM_LEAD', departmentId: dept.id, teamId: foreignTeam.id })).rejects.toMatchObject({ fieldErrors: { teamId: expect.any(String) } });
    await expect(setLeadRole(admin, { userId: user.id, role: 'KING', departmentId: dept.id })).rejects.toMatchObject({ fieldErrors: { role: expect.any(String) } });
    // Demoting is done from the user's own department.
    await expect(setLeadRole(admin, { userId: user.id, role: 'MEMBER', departmentId: dept.id })).rejects.toMatchObject({ fieldErrors: { userId: expect.any(String) } });
    await setUserActive(admin, { id: user.id, active: false });
    await expect(setLeadRole(admin, { userId: user.id, role: 'DEPARTMENT_LEAD', departmentId: dept.id })).rejects.toMatchObject({ message: expect.stringContaining('deactivated') });
    expect(await placementOf(user.id)).toMatchObject({ role: 'MEMBER' });
  });

  it('shows a department with its teams, members (deactivated too), sites, and who else can be added', async () => {
    const admin = await demoActor.admin();
    const dept = await freshDepartment();
    const team = await freshTeam(dept.id);
    const [lead, gone] = [await createTestUser('MEMBER'), await createTestUser('MEMBER')];
    await setLeadRole(admin, { userId: lead.id, role: 'TEAM_LEAD', departmentId: dept.id, teamId: team.id });
    await assignMember(admin, { userId: gone.id, departmentId: dept.id });
    await setUserActive(admin, { id: gone.id, active: false });
    const code = await freshSite(dept.name);
    const detail = await getDepartment(admin, dept.id);
    expect(detail).toMatchObject({ id: dept.id, name: dept.name, archivedAt: null, teams: [{ id: team.id, activeUsers: 1 }], sites: [{ code }] });
    expect(detail?.members.map((m) => [m.id, m.role, m.teamName, m.active])).toEqual([
      [lead.id, 'TEAM_LEAD', team.name, true],
      [gone.id, 'MEMBER', null, false],
    ]);
    expect(await getDepartment(admin, 999_999)).toBeNull();
    const candidates = (await listMemberCandidates(admin, dept.id)).flatMap((g) => g.members.map((m) => m.id));
    expect(candidates).not.toContain(lead.id);
    expect(candidates).not.toContain(gone.id);
    expect(candidates).toContain((await demoActor.member()).id);
  });
});

it('refuses every operation to every role but Admin, whatever the input', async () => {
  const { id } = await freshDepartment();
  const team = await db().team.findFirstOrThrow();
  for (const actor of [await demoActor.deptLead(), await demoActor.teamLead(), await demoActor.member()]) {
    const attempts = [
      () => listDepartments(actor),
      () => getDepartment(actor, id),
      () => listMemberCandidates(actor, id),
      () => createDepartment(actor, { name: 'Sneaky' }),
      () => renameDepartment(actor, { id, name: 'Sneaky' }),
      () => setDepartmentArchived(actor, { id, archived: true }),
      () => createTeam(actor, { departmentId: id, name: 'Sneaky' }),
      () => renameTeam(actor, { id: team.id, name: 'Sneaky' }),
      () => setTeamArchived(actor, { id: team.id, archived: true }),
      () => assignMember(actor, { userId: actor.id, departmentId: id }),
      () => setLeadRole(actor, { userId: actor.id, role: 'DEPARTMENT_LEAD', departmentId: actor.departmentId }),
      () => createDepartment(actor, {}),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  }
  expect(await db().department.findUniqueOrThrow({ where: { id } })).toMatchObject({ archivedAt: null });
  expect((await placementOf((await demoActor.member()).id)).role).toBe('MEMBER');
});
