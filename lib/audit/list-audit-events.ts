// The audit log for Admins: who changed what and when, newest first, filtered by
// actor, entity, action, days and entity id; keyset-paged on (at, id).
import type { Prisma } from '../db/generated/client';
import { db } from '../db/client';
import { invalid } from '../errors';
import { escapeLike } from '../form-fields';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../pagination';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { auditChanges, type AuditChange } from './audit-changes';
import { auditFilterSchema, startOfDay, startOfNextDay, type AuditFilter } from './audit-filter';

export interface AuditEventRow {
  id: string;
  at: Date;
  /** Null for changes made by the system (seed, migrations) or by a since-deleted user. */
  actor: { id: number; name: string; email: string } | null;
  action: string;
  entity: string;
  entityId: string;
  changes: AuditChange[];
}

const MAX_INT4 = 2_147_483_647;

function actorWhere(actor: string): Prisma.AuditEventWhereInput {
  if (/^\d+$/.test(actor)) {
    const id = Number(actor);
    if (!Number.isSafeInteger(id) || id > MAX_INT4) throw invalid('actor', 'No user has this id.');
    return { actorId: id };
  }
  const contains = { contains: escapeLike(actor), mode: 'insensitive' as const };
  return { actor: { OR: [{ email: contains }, { name: contains }] } };
}

function afterCursor(cursor: string | null | undefined): Prisma.AuditEventWhereInput {
  const keys = decodeCursor(cursor, 2);
  if (!keys) return {};
  const [atText, idText] = keys;
  const at = new Date(String(atText));
  if (Number.isNaN(at.getTime()) || !/^\d{1,19}$/.test(String(idText))) throw invalid('cursor', 'This cursor is not valid; start from the first page.');
  const id = BigInt(idText);
  return { OR: [{ at: { lt: at } }, { at, id: { lt: id } }] };
}

function filterWhere(f: AuditFilter): Prisma.AuditEventWhereInput[] {
  return [
    f.actor ? actorWhere(f.actor) : {},
    // Prisma compares case-insensitive equality with ILIKE: escaped, % and _ stay characters.
    f.entity ? { entity: { equals: escapeLike(f.entity), mode: 'insensitive' } } : {},
    f.action ? { action: { startsWith: escapeLike(f.action), mode: 'insensitive' } } : {},
    f.from ? { at: { gte: startOfDay(f.from) } } : {},
    f.to ? { at: { lt: startOfNextDay(f.to) } } : {},
    f.q ? { entityId: { contains: escapeLike(f.q), mode: 'insensitive' } } : {},
  ];
}

export async function listAuditEvents(actor: Actor, input: unknown, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<AuditEventRow>> {
  requirePermission(actor, 'admin.access');
  const filter = parseInput(auditFilterSchema, input);
  const limit = clampLimit(page.limit);
  const rows = await db().auditEvent.findMany({
    where: { AND: [...filterWhere(filter), afterCursor(page.cursor)] },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, actor: { select: { id: true, name: true, email: true } } },
  });
  const data = rows.slice(0, limit).map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    changes: auditChanges(r.before, r.after),
  }));
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor([last.at.toISOString(), last.id]) : null };
}
