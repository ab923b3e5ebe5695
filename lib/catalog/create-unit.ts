// Admin adds a unit of measure. Units are not edited afterwards: changing the
// decimal places of a unit in use would reinterpret quantities already posted.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { createUnitSchema } from './kind-unit-schemas';

export async function createUnit(actor: Actor, input: unknown): Promise<{ code: string }> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(createUnitSchema, input);
  return db().$transaction(async (tx) => {
    // The code column is plain text: "PCS" next to "pcs" would be two units nobody can tell apart.
    const existing = await tx.unitOfMeasure.findFirst({ where: { code: { equals: data.code, mode: 'insensitive' } }, select: { code: true } });
    const message = `The unit ${existing?.code ?? data.code} already exists.`;
    if (existing) throw new DomainError('CONFLICT', message, { code: message });
    const unit = await conflictOnDuplicate(() => tx.unitOfMeasure.create({ data }), 'code', message);
    await recordAuditEvent(tx, actor, { action: 'unit.create', entity: 'UnitOfMeasure', entityId: unit.code, after: data });
    return { code: unit.code };
  });
}
