import { describe, expect, it } from 'vitest';
import { assignPlacement, leadPlacement, type CurrentPlacement } from './placement';

const PROD = 1;
const LOG = 2;
const at = (role: CurrentPlacement['role'], departmentId = PROD, teamId: number | null = 10): CurrentPlacement => ({ role, departmentId, teamId, teamDepartmentId: teamId === null ? null : departmentId });

describe('assignPlacement', () => {
  it('keeps the team when no team is given and it is in the department, clears it otherwise', () => {
    expect(assignPlacement(at('MEMBER'), { departmentId: PROD })).toEqual({ role: 'MEMBER', departmentId: PROD, teamId: 10 });
    expect(assignPlacement(at('MEMBER'), { departmentId: LOG })).toEqual({ role: 'MEMBER', departmentId: LOG, teamId: null });
    expect(assignPlacement(at('MEMBER'), { departmentId: PROD, teamId: null })).toEqual({ role: 'MEMBER', departmentId: PROD, teamId: null });
    expect(assignPlacement(at('MEMBER'), { departmentId: LOG, teamId: 20 })).toEqual({ role: 'MEMBER', departmentId: LOG, teamId: 20 });
  });

  it('makes a lead who leaves what they led a Member, and leaves Admins and staying leads alone', () => {
    expect(assignPlacement(at('DEPARTMENT_LEAD'), { departmentId: LOG }).role).toBe('MEMBER');
    expect(assignPlacement(at('DEPARTMENT_LEAD'), { departmentId: PROD, teamId: 11 }).role).toBe('DEPARTMENT_LEAD');
    expect(assignPlacement(at('TEAM_LEAD'), { departmentId: PROD, teamId: 11 }).role).toBe('MEMBER');
    expect(assignPlacement(at('TEAM_LEAD'), { departmentId: PROD, teamId: null }).role).toBe('MEMBER');
    expect(assignPlacement(at('TEAM_LEAD'), { departmentId: PROD }).role).toBe('TEAM_LEAD');
    expect(assignPlacement(at('TEAM_LEAD', PROD, null), { departmentId: PROD }).role).toBe('MEMBER');
    expect(assignPlacement(at('ADMIN'), { departmentId: LOG, teamId: null }).role).toBe('ADMIN');
  });
});

describe('leadPlacement', () => {
  const team = { id: 20, departmentId: LOG };

  it('puts a Team Lead into the team and its department', () => {
    expect(leadPlacement(at('MEMBER'), { role: 'TEAM_LEAD', departmentId: LOG, team })).toEqual({ ok: true, placement: { role: 'TEAM_LEAD', departmentId: LOG, teamId: 20 } });
  });

  it('refuses a Team Lead without a team or with a team of another department', () => {
    expect(leadPlacement(at('MEMBER'), { role: 'TEAM_LEAD', departmentId: LOG, team: null })).toMatchObject({ ok: false, field: 'teamId' });
    expect(leadPlacement(at('MEMBER'), { role: 'TEAM_LEAD', departmentId: PROD, team })).toMatchObject({ ok: false, field: 'teamId' });
  });

  it('lets a Department Lead keep a team of that department only', () => {
    expect(leadPlacement(at('MEMBER'), { role: 'DEPARTMENT_LEAD', departmentId: PROD, team: null })).toEqual({ ok: true, placement: { role: 'DEPARTMENT_LEAD', departmentId: PROD, teamId: 10 } });
    expect(leadPlacement(at('TEAM_LEAD'), { role: 'DEPARTMENT_LEAD', departmentId: LOG, team: null })).toEqual({ ok: true, placement: { role: 'DEPARTMENT_LEAD', departmentId: LOG, teamId: null } });
  });

  it('demotes within the user’s own department only', () => {
    expect(leadPlacement(at('TEAM_LEAD'), { role: 'MEMBER', departmentId: PROD, team: null })).toEqual({ ok: true, placement: { role: 'MEMBER', departmentId: PROD, teamId: 10 } });
    expect(leadPlacement(at('TEAM_LEAD'), { role: 'MEMBER', departmentId: LOG, team: null })).toMatchObject({ ok: false });
  });

  it('never changes an Admin’s role', () => {
    for (const role of ['TEAM_LEAD', 'DEPARTMENT_LEAD', 'MEMBER'] as const) {
      expect(leadPlacement(at('ADMIN'), { role, departmentId: LOG, team })).toMatchObject({ ok: false, reason: expect.stringContaining('Admin') });
    }
  });
});
