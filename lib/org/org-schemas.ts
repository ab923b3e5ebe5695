// Input schemas for departments, teams and who belongs to them; shared by the
// admin forms and the tests.
import { z } from 'zod';
import { flag, optionalRecordId, recordId, requiredText } from '../form-fields';

export const ORG_NAME_MAX = 80;
const name = requiredText(ORG_NAME_MAX, 'Enter a name.');

export const createDepartmentSchema = z.object({ name });
export const renameDepartmentSchema = z.object({ id: recordId('Name the department.'), name });
export const setDepartmentArchivedSchema = z.object({ id: recordId('Name the department.'), archived: flag });

export const createTeamSchema = z.object({ departmentId: recordId('Name the department.'), name });
export const renameTeamSchema = z.object({ id: recordId('Name the team.'), name });
export const setTeamArchivedSchema = z.object({ id: recordId('Name the team.'), archived: flag });

export const assignMemberSchema = z.object({
  userId: recordId('Choose a user.'),
  departmentId: recordId('Choose a department.'),
  // Left out: keep the user's team if it is in that department. Blank: no team.
  teamId: optionalRecordId('Choose a team of this department.').optional(),
});

export const LEAD_ROLES = ['DEPARTMENT_LEAD', 'TEAM_LEAD', 'MEMBER'] as const;
export type LeadRole = (typeof LEAD_ROLES)[number];

export const setLeadRoleSchema = z.object({
  userId: recordId('Choose a user.'),
  role: z.enum(LEAD_ROLES, { message: 'Choose Department Lead, Team Lead or Member.' }),
  departmentId: recordId('Choose a department.'),
  // Only for Team Lead: the team they will lead.
  teamId: optionalRecordId('Choose the team they will lead.').optional(),
});
