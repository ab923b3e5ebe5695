// The fields a token list shows (never the hash), with the status worked out.
import type { Prisma } from '../db/generated/client';
import { tokenStatus, type TokenStatus } from './token-status';

export const tokenViewSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
} as const satisfies Prisma.ApiTokenSelect;

type TokenRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenViewSelect }>;

export const withStatus = <T extends TokenRow>(row: T, now: Date): T & { status: TokenStatus } => ({ ...row, status: tokenStatus(row, now) });
