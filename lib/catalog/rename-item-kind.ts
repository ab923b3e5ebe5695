// Admin renames an item kind; its code stays (items refer to it).
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { renameItemKindSchema } from './kind-unit-schemas';

export async function renameItemKind(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'settings.manage');
  const { code, name } = parseInput(renameItemKindSchema, input);
  await db().$transaction(async (tx) => {
    const before = await tx.itemKind.findUnique({ where: { code } });
    if (!before) throw notFound('The item kind');
    if (before.name === name) return;
    await tx.itemKind.update({ where: { code }, data: { name } });
    await recordAuditEvent(tx, actor, { action: 'item-kind.rename', entity: 'ItemKind', entityId: code, before: { name: before.name }, after: { name } });
  });
}
