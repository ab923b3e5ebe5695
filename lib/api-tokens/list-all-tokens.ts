// Every user's tokens for the admin page, newest first.
import { db } from '../db/client';
import { requirePermission, type Actor } from '../roles/actor';
import { tokenViewSelect, withStatus } from './token-view';

// One page is plenty for a portal's human review; the page says when there are more.
export const ALL_TOKENS_PAGE_SIZE = 500;

export async function listAllTokens(actor: Actor, now = new Date()) {
  requirePermission(actor, 'users.manage');
  const rows = await db().apiToken.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: ALL_TOKENS_PAGE_SIZE + 1,
    select: { ...tokenViewSelect, user: { select: { id: true, name: true, email: true, active: true } } },
  });
  return { tokens: rows.slice(0, ALL_TOKENS_PAGE_SIZE).map((row) => withStatus(row, now)), more: rows.length > ALL_TOKENS_PAGE_SIZE };
}
