// A committed scan session as the history shows it: workflow, target, who,
// when, its lines and whether it was rolled back. Admins see every session,
// everyone else their own; any other id answers "not found".
import { z } from 'zod';
import { pool } from '../db/pool';
import { render, sql, empty } from '../db/sql';
import { notFound } from '../errors';
import { formatQuantity, fromDb } from '../inventory/quantity';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';

export interface ScanSessionView {
  sessionId: string;
  groupId: string;
  workflow: 'sales' | 'production' | 'general';
  action: string | null;
  target: string | null;
  user: string;
  committedAt: string;
  rolledBackAt: string | null;
  rollbackGroupId: string | null;
  lines: { code: string; sku: string; quantity: string; serial: string | null }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const mine = (actor: Actor) => (actor.role === 'ADMIN' ? sql`TRUE` : sql`s."actorId" = ${actor.id}`);

const SELECT = sql`SELECT s.id, s."groupId", s.workflow, s.action, s."targetNumber", u.name AS user_name, s."committedAt", s."rolledBackAt", s."rollbackGroupId",
    coalesce((SELECT json_agg(json_build_object('code', l.code, 'sku', i.sku, 'quantity', l.quantity::text, 'decimals', un.decimals, 'serial', su.serial) ORDER BY l.position)
      FROM "ScanLine" l JOIN "Item" i ON i.id = l."itemId" JOIN "UnitOfMeasure" un ON un.code = i."unitCode" LEFT JOIN "SerialUnit" su ON su.id = l."serialId"
      WHERE l."sessionId" = s.id), '[]') AS lines
  FROM "ScanSession" s JOIN "User" u ON u.id = s."actorId"`;

function view(r: Record<string, any>): ScanSessionView {
  return {
    sessionId: r.id,
    groupId: r.groupId,
    workflow: String(r.workflow).toLowerCase() as ScanSessionView['workflow'],
    action: r.action,
    target: r.targetNumber,
    user: r.user_name,
    committedAt: new Date(r.committedAt).toISOString(),
    rolledBackAt: r.rolledBackAt ? new Date(r.rolledBackAt).toISOString() : null,
    rollbackGroupId: r.rollbackGroupId,
    lines: r.lines.map((l: { code: string; sku: string; quantity: string; decimals: number; serial: string | null }) => ({ code: l.code, sku: l.sku, quantity: formatQuantity(fromDb(l.quantity), l.decimals), serial: l.serial })),
  };
}

export async function getScanSession(actor: Actor, sessionId: string): Promise<ScanSessionView> {
  requirePermission(actor, 'scan.use');
  if (!UUID.test(sessionId)) throw notFound('Scan session');
  const { rows } = await pool().query(render(sql`${SELECT} WHERE s.id = ${sessionId}::uuid AND ${mine(actor)}`));
  if (!rows[0]) throw notFound('Scan session');
  return view(rows[0]);
}

export const listScanSessionsSchema = z.object({ limit: z.coerce.number().optional(), cursor: z.string().max(200).optional() });

export async function listScanSessions(actor: Actor, input: unknown = {}): Promise<Page<ScanSessionView>> {
  requirePermission(actor, 'scan.use');
  const f = parseInput(listScanSessionsSchema, input);
  const limit = clampLimit(f.limit ?? 20);
  const after = decodeCursor(f.cursor, 2);
  const { rows } = await pool().query(
    render(sql`${SELECT} WHERE ${mine(actor)} ${after ? sql`AND (s."committedAt", s.id) < (${String(after[0])}::timestamp, ${String(after[1])}::uuid)` : empty}
      ORDER BY s."committedAt" DESC, s.id DESC LIMIT ${limit + 1}`),
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { data: page.map(view), nextCursor: rows.length > limit ? encodeCursor([new Date(last.committedAt).toISOString().replace('Z', ''), last.id]) : null };
}
