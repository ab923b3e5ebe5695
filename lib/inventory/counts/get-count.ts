// One count with its lines, as the counting screen shows it. For a blind count
// the expected figures stay out unless the reader may post adjustments.
import { db } from '../../db/client';
import { notFound } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';
import { toId } from './count-record';
import { quantityText, showsExpected, statusName, type CountStatusName } from './count-view';

export interface CountLineView {
  id: number;
  sku: string;
  itemName: string;
  unit: string;
  decimals: number;
  location: string;
  locationName: string;
  /** Added during the count (found where the system expected none). */
  added: boolean;
  /** Null when hidden (blind count). */
  expected: string | null;
  counted: string | null;
  countedBy: string | null;
  countedAt: Date | null;
}

export interface CountView {
  id: number;
  number: string;
  status: CountStatusName;
  blind: boolean;
  note: string | null;
  location: { code: string; name: string };
  site: { code: string; name: string };
  createdBy: string;
  createdAt: Date;
  postedGroupId: string | null;
  postedBy: string | null;
  postedAt: Date | null;
  discardedBy: string | null;
  discardedAt: Date | null;
  showsExpected: boolean;
  lines: CountLineView[];
}

export async function getCount(actor: Actor, id: unknown): Promise<CountView> {
  requirePermission(actor, 'inventory.count');
  const count = await db().stockCount.findUnique({
    where: { id: toId(id) },
    include: {
      location: { select: { code: true, name: true } },
      site: { select: { code: true, name: true, departmentId: true } },
      createdBy: { select: { name: true } },
      postedBy: { select: { name: true } },
      discardedBy: { select: { name: true } },
      lines: {
        include: { item: { select: { sku: true, name: true, unit: true } }, location: { select: { code: true, name: true } }, countedBy: { select: { name: true } } },
        orderBy: [{ location: { code: 'asc' } }, { item: { sku: 'asc' } }],
      },
    },
  });
  if (!count || !canSeeSite(actor, count.site.departmentId)) throw notFound('Count');
  const expected = showsExpected(actor, count.blind);
  return {
    id: count.id,
    number: count.number,
    status: statusName(count.status),
    blind: count.blind,
    note: count.note,
    location: count.location,
    site: { code: count.site.code, name: count.site.name },
    createdBy: count.createdBy.name,
    createdAt: count.createdAt,
    postedGroupId: count.postedGroupId,
    postedBy: count.postedBy?.name ?? null,
    postedAt: count.postedAt,
    discardedBy: count.discardedBy?.name ?? null,
    discardedAt: count.discardedAt,
    showsExpected: expected,
    lines: count.lines.map((l) => ({
      id: l.id,
      sku: l.item.sku,
      itemName: l.item.name,
      unit: l.item.unit.code,
      decimals: l.item.unit.decimals,
      location: l.location.code,
      locationName: l.location.name,
      added: l.added,
      expected: expected ? quantityText(l.expectedQuantity, l.item.unit.decimals) : null,
      counted: quantityText(l.countedQuantity, l.item.unit.decimals),
      countedBy: l.countedBy?.name ?? null,
      countedAt: l.countedAt,
    })),
  };
}
