// The counts of the actor's sites, newest first, optionally by status, with
// how many lines are counted so far. Keyset pages on the id.
import { z } from 'zod';
import { db } from '../../db/client';
import { clampLimit, decodeCursor, encodeCursor, type Page } from '../../pagination';
import { requirePermission, type Actor } from '../../roles/actor';
import { siteDepartmentFilter } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { statusName, type CountStatusName } from './count-view';

export const listCountsSchema = z.object({
  status: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(['open', 'posted', 'discarded'], { message: 'Unknown status.' }).optional()),
});

export interface CountSummary {
  id: number;
  number: string;
  status: CountStatusName;
  blind: boolean;
  location: { code: string; name: string };
  createdBy: string;
  createdAt: Date;
  lines: number;
  counted: number;
}

export async function listCounts(actor: Actor, input: unknown = {}, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<CountSummary>> {
  requirePermission(actor, 'inventory.count');
  const f = parseInput(listCountsSchema, input);
  const limit = clampLimit(page.limit);
  const keys = decodeCursor(page.cursor, 1);
  const dept = siteDepartmentFilter(actor);
  const rows = await db().stockCount.findMany({
    where: {
      ...(f.status ? { status: f.status.toUpperCase() as 'OPEN' | 'POSTED' | 'DISCARDED' } : {}),
      ...(dept !== null ? { site: { departmentId: dept } } : {}),
      ...(keys ? { id: { lt: Number(keys[0]) } } : {}),
    },
    orderBy: { id: 'desc' },
    take: limit + 1,
    include: {
      location: { select: { code: true, name: true } },
      createdBy: { select: { name: true } },
      _count: { select: { lines: true } },
    },
  });
  const data = rows.slice(0, limit);
  const counted = data.length
    ? await db().stockCountLine.groupBy({ by: ['countId'], where: { countId: { in: data.map((c) => c.id) }, countedQuantity: { not: null } }, _count: { _all: true } })
    : [];
  const countedOf = new Map(counted.map((c) => [c.countId, c._count._all]));
  return {
    data: data.map((c) => ({
      id: c.id,
      number: c.number,
      status: statusName(c.status),
      blind: c.blind,
      location: c.location,
      createdBy: c.createdBy.name,
      createdAt: c.createdAt,
      lines: c._count.lines,
      counted: countedOf.get(c.id) ?? 0,
    })),
    nextCursor: rows.length > limit ? encodeCursor([data[data.length - 1].id]) : null,
  };
}
