// Admin renames a location type or changes its grid. A grid may only shrink
// (or go) while no storage unit sits in the cells it would lose.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError, invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { gridLabel, gridOf, outsideGrid } from './grid';
import { updateLocationTypeSchema } from './location-schemas';

export async function updateLocationType(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'settings.manage');
  const { id, ...fields } = parseInput(updateLocationTypeSchema, input);
  await db().$transaction(async (tx) => {
    // Storage units being placed in racks of this type wait for the new grid (see checkGridPosition).
    await tx.$queryRaw`SELECT id FROM "LocationType" WHERE id = ${id} FOR NO KEY UPDATE`;
    const before = await tx.locationType.findUnique({ where: { id }, select: { name: true, gridRows: true, gridCols: true } });
    if (!before) throw notFound('The location type');
    const clash = await tx.locationType.findFirst({ where: { name: { equals: fields.name, mode: 'insensitive' }, NOT: { id } }, select: { name: true } });
    const message = `The type ${clash?.name ?? fields.name} already exists.`;
    if (clash) throw new DomainError('CONFLICT', message, { name: message });
    if (fields.gridRows !== before.gridRows || fields.gridCols !== before.gridCols) {
      const placed = await tx.location.findMany({
        where: { active: true, NOT: { gridRow: null }, parent: { typeId: id } },
        select: { code: true, gridRow: true, gridCol: true, parent: { select: { code: true } } },
      });
      const grid = gridOf(fields);
      const outside = outsideGrid(grid, placed);
      if (outside.length) {
        const first = outside[0];
        const where = grid ? `outside a ${gridLabel(grid)} grid` : 'in grid cells of racks of this type';
        throw invalid('gridRows', `${outside.length} storage unit${outside.length === 1 ? ' sits' : 's sit'} ${where} (${first.code} at row ${first.gridRow}, column ${first.gridCol} of ${first.parent?.code}); move ${outside.length === 1 ? 'it' : 'them'} first.`);
      }
    }
    await conflictOnDuplicate(() => tx.locationType.update({ where: { id }, data: fields }), 'name', message);
    await recordAuditEvent(tx, actor, { action: 'location-type.update', entity: 'LocationType', entityId: id, before, after: fields });
  });
}
