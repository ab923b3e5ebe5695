// Input schemas for user administration, shared by server actions and tests.
import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../auth/password';
import { ROLES } from '../roles/roles';

// Ids are PostgreSQL integers: a larger number would fail in the database, not here.
const id = z.coerce.number().int().positive().max(2_147_483_647);
const optionalId = z.preprocess((v) => (v === '' || v === null || v === undefined ? null : v), id.nullable());

export const userFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'At most 120 characters.'),
  email: z.string().trim().toLowerCase().max(320).email('Enter a valid e-mail address.'),
  role: z.enum(ROLES, { message: 'Choose a role.' }),
  departmentId: id.describe('department'),
  teamId: optionalId,
});

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'At most 200 characters.');

export const createUserSchema = userFieldsSchema.extend({ password: passwordSchema });
export const updateUserSchema = userFieldsSchema.extend({ id });
export const resetPasswordSchema = z.object({ id, password: passwordSchema });
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
export const setUserActiveSchema = z.object({ id, active: flag });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
