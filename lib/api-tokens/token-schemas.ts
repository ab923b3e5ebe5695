// Input schemas for API tokens, shared by the API, the profile page and the docs.
import { z } from 'zod';
import { TOKEN_LIFETIME_DAYS } from './token-lifetime';

export const tokenNameSchema = z.string().trim().min(1, 'Enter a name.').max(100, 'At most 100 characters.');

const lifetimeDays = z.coerce
  .number({ message: 'Choose how long the token stays valid.' })
  .int('Choose how long the token stays valid.')
  .min(1, 'At least 1 day.')
  .max(TOKEN_LIFETIME_DAYS.max, `At most ${TOKEN_LIFETIME_DAYS.max} days.`)
  .default(TOKEN_LIFETIME_DAYS.default);

export const createOwnTokenSchema = z.object({ name: tokenNameSchema, expiresInDays: lifetimeDays });

// Lengths are capped as in verifySignIn; the e-mail is not format-checked so a
// malformed one fails like any wrong credential (no hint which part was wrong).
export const issueTokenSchema = z.object({
  email: z.string({ message: 'Enter your e-mail.' }).max(320, 'At most 320 characters.'),
  password: z.string({ message: 'Enter your password.' }).max(1024, 'At most 1024 characters.'),
  name: tokenNameSchema.optional(),
  expiresInDays: lifetimeDays,
});

// Token ids are PostgreSQL integers: a larger number would fail in the database, not here.
export const tokenIdSchema = z.object({ id: z.coerce.number().int().positive('Choose a token.').max(2_147_483_647, 'Choose a token.') });

export type CreateOwnTokenInput = z.infer<typeof createOwnTokenSchema>;
