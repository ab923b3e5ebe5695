// Reverse a whole posting group with compensating entries, linked both ways.
// Refused when the stock it would take back has already left.
import { z } from 'zod';
import { db } from '../../db/client';
import { DomainError } from '../../errors';
import { requirePermission, type Actor } from '../../roles/actor';
import { canSeeSite } from '../../scope/site-scope';
import { parseInput } from '../../validation';
import { batchLabel } from '../lots';
import { formatQuantity, fromDb } from '../quantity';
import { postStock, replayIfKnown } from '../posting/post-stock';
import type { Leg } from '../posting/types';

export const reversePostingSchema = z.object({
  groupId: z.string().uuid('Not a movement id.'),
  reason: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(500).optional()),
  idempotencyKey: z.string().trim().max(200).optional(),
});

/** Postings made by serial transitions and scan sessions: reversing them alone would part the serial from its stock or the order from its deliveries. */
const SERIAL_KINDS = new Set(['qa-approval', 'delivery', 'scrap', 'rework', 'serial-add', 'serial-subtract']);
const SCAN_KINDS = new Set(['scan-sales', 'scan-production', 'scan-general']);

export async function reversePosting(actor: Actor, input: unknown) {
  requirePermission(actor, 'inventory.reverse');
  const data = parseInput(reversePostingSchema, input);
  const header = { idempotencyKey: data.idempotencyKey, requestHash: `reverse:${data.groupId}` };
  // A retried request answers with its first result, even though the movement is reversed by now.
  const replay = await replayIfKnown(actor, { header: { kind: 'reversal', ...header } });
  if (replay) return replay;
  const group = await db().postingGroup.findUnique({
    where: { id: data.groupId },
    include: { entries: { orderBy: { id: 'asc' }, include: { item: { include: { unit: true } }, location: true, batch: true } } },
  });
  const sites = group ? await db().location.findMany({ where: { id: { in: [...new Set(group.entries.map((e) => e.location.siteId ?? e.location.id))] } } }) : [];
  if (!group || !sites.every((s) => canSeeSite(actor, s.departmentId))) throw new DomainError('NOT_FOUND', 'Movement not found.');
  if (group.refKind === 'transit') throw new DomainError('CONFLICT', `This movement belongs to transit ${group.refNumber}: receive or close the transit instead.`);
  if (SCAN_KINDS.has(group.kind)) throw new DomainError('CONFLICT', 'This movement belongs to a scan session: roll the session back from the scan history instead.');
  if (SERIAL_KINDS.has(group.kind)) throw new DomainError('CONFLICT', 'This movement belongs to a serial number: correct it on the serial (mark defect, rework or a product adjustment) instead.');
  // Whatever its kind, a posting that moved a serial's own batch (a run's output of serials, say) is the serial's to correct.
  if (await db().serialUnit.count({ where: { batchId: { in: group.entries.map((e) => e.batchId) } } })) {
    throw new DomainError('CONFLICT', 'This movement belongs to a serial number: correct it on the serial (mark defect, rework or a product adjustment) instead.');
  }
  if (group.reversesGroupId) throw new DomainError('CONFLICT', 'A reversal cannot itself be reversed; post the movement again instead.');
  if (group.reversedByGroupId) throw new DomainError('CONFLICT', 'This movement has already been reversed.');

  const entries = group.entries;
  const items = new Map(entries.map((e) => [e.itemId, { sku: e.item.sku, decimals: e.item.unit.decimals }]));
  return postStock(actor, {
    header: { kind: 'reversal', reason: data.reason, reversesGroupId: group.id, idempotencyKey: data.idempotencyKey, requestHash: `reverse:${group.id}`, reference: { kind: 'reversal', id: group.id } },
    positions: entries.map((e) => ({ itemId: e.itemId, locationId: e.locationId })),
    labels: { items, locations: new Map(entries.map((e) => [e.locationId, e.location.code])) },
    plan: (lots) => {
      const legs: Leg[] = entries.map((e) => ({
        entryType: 'REVERSAL',
        itemId: e.itemId,
        locationId: e.locationId,
        batch: e.batch.unreceived ? { unreceivedOf: e.itemId } : { id: e.batchId, number: e.batch.number },
        status: e.status,
        quantity: -fromDb(e.quantity.toString()),
      }));
      for (const leg of legs) {
        if (!('id' in leg.batch) || leg.quantity >= 0n) continue;
        const batchId = leg.batch.id;
        const lot = lots.find((l) => l.locationId === leg.locationId && l.batchId === batchId && l.status === leg.status);
        const have = lot?.quantity ?? 0n;
        const need = legs.filter((l) => 'id' in l.batch && l.batch.id === batchId && l.locationId === leg.locationId && l.status === leg.status).reduce((s, l) => s + l.quantity, 0n);
        if (have + need < 0n) {
          const item = items.get(leg.itemId)!;
          const location = entries.find((e) => e.locationId === leg.locationId)!.location.code;
          throw new DomainError('INSUFFICIENT_STOCK', `Cannot reverse: batch ${batchLabel(leg.batch.number)} of ${item.sku} at ${location} holds ${formatQuantity(have, item.decimals)}, the reversal needs ${formatQuantity(-need, item.decimals)} back — that stock has already left.`);
        }
      }
      return { legs };
    },
  });
}
