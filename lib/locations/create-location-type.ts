// Admin adds a location type (Shelf, Bin, Reel rack 4 × 6, ...). A type with
// rows and columns makes its locations racks whose storage units sit in cells.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { createLocationTypeSchema } from './location-schemas';

export async function createLocationType(actor: Actor, input: unknown): Promise<{ id: number }> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(createLocationTypeSchema, input);
  return db().$transaction(async (tx) => {
    // The name column is plain text; "shelf" next to "Shelf" would be two types nobody can tell apart.
    const existing = await tx.locationType.findFirst({ where: { name: { equals: data.name, mode: 'insensitive' } }, select: { name: true } });
    const message = `The type ${existing?.name ?? data.name} already exists.`;
    if (existing) throw new DomainError('CONFLICT', message, { name: message });
    const type = await conflictOnDuplicate(() => tx.locationType.create({ data }), 'name', message);
    await recordAuditEvent(tx, actor, { action: 'location-type.create', entity: 'LocationType', entityId: type.id, after: data });
    return { id: type.id };
  });
}
