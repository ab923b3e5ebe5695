// The four roles of the portal, as stored (Prisma enum `Role`) and as shown.

export const ROLES = ['ADMIN', 'DEPARTMENT_LEAD', 'TEAM_LEAD', 'MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS = {
  ADMIN: 'Admin',
  DEPARTMENT_LEAD: 'Department Lead',
  TEAM_LEAD: 'Team Lead',
  MEMBER: 'Member',
} as const satisfies Record<Role, string>;

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
