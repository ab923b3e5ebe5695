// Admin adds an item kind (part, pcb, assembly, ...). Whether a kind is serial
// tracked is fixed here: items of the kind are counted or serialised from the start.
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { conflictOnDuplicate } from '../unique-violation';
import { parseInput } from '../validation';
import { createItemKindSchema } from './kind-unit-schemas';

export async function createItemKind(actor: Actor, input: unknown): Promise<{ code: string }> {
  requirePermission(actor, 'settings.manage');
  const data = parseInput(createItemKindSchema, input);
  const message = `The kind ${data.code} already exists.`;
  return db().$transaction(async (tx) => {
    // Codes are stored lower-case, so "PCB" meets "pcb" here.
    if (await tx.itemKind.findUnique({ where: { code: data.code } })) throw new DomainError('CONFLICT', message, { code: message });
    const kind = await conflictOnDuplicate(() => tx.itemKind.create({ data }), 'code', message);
    await recordAuditEvent(tx, actor, { action: 'item-kind.create', entity: 'ItemKind', entityId: kind.code, after: data });
    return { code: kind.code };
  });
}
