// What every count use case starts from: the count read (and locked) in the
// actor's scope. Another department's count answers exactly like a missing one.
import type { SqlClient } from '../../db/transaction';
import { render, sql } from '../../db/sql';
import { DomainError, notFound } from '../../errors';
import type { Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';

export type CountStatus = 'OPEN' | 'POSTED' | 'DISCARDED';

export interface CountHead {
  id: number;
  number: string;
  status: CountStatus;
  blind: boolean;
  note: string | null;
  root: { id: number; code: string; path: string };
  postedGroupId: string | null;
}

/** "CNT-000001": the count's id, at least six digits. */
export const countNumber = (id: number) => `CNT-${String(id).padStart(6, '0')}`;

/** Ids arrive as text from forms and URLs; anything that is not one is simply not found. */
export function toId(raw: unknown, what = 'Count'): number {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw notFound(what);
  return Number(text);
}

/** The id named `key` in an operation's input (a form or JSON object). */
export const idIn = (input: unknown, key: string, what = 'Count'): number =>
  toId(input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined, what);

const LOCKS = { none: sql``, share: sql`FOR SHARE OF c`, update: sql`FOR UPDATE OF c` };

/**
 * The count, or NOT_FOUND when it does not exist or lies outside the actor's sites.
 * `share` keeps it from being posted or discarded while a line is written; `update` is for closing it.
 */
export async function countInScope(client: Pick<SqlClient, 'query'>, actor: Actor, id: number, lock: keyof typeof LOCKS = 'none'): Promise<CountHead> {
  const { rows } = await client.query(
    render(sql`
      SELECT c.id, c.number, c.status::text AS status, c.blind, c.note, c."postedGroupId",
             r.id AS root_id, r.code::text AS root_code, r.path AS root_path, s."departmentId" AS department_id
      FROM "StockCount" c
      JOIN "Location" r ON r.id = c."locationId"
      JOIN "Location" s ON s.id = c."siteId"
      WHERE c.id = ${id}
      ${LOCKS[lock]}`),
  );
  const r = rows[0];
  if (!r || !canSeeSite(actor, r.department_id)) throw notFound('Count');
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    blind: r.blind,
    note: r.note,
    root: { id: r.root_id, code: r.root_code, path: r.root_path },
    postedGroupId: r.postedGroupId,
  };
}

/** Counting, adding lines, posting and discarding all need an open count. */
export function requireOpen(count: CountHead): void {
  if (count.status === 'POSTED') throw new DomainError('CONFLICT', `Count ${count.number} has already been posted.`);
  if (count.status === 'DISCARDED') throw new DomainError('CONFLICT', `Count ${count.number} was discarded.`);
}
