// Site setting: whether stock at the site may go below zero (the floor keeps
// working and the gap is settled when the goods are received).
import { recordAuditEvent } from '../audit/record-audit-event';
import { db } from '../db/client';
import { invalid, notFound } from '../errors';
import { requirePermission, type Actor } from '../roles/actor';
import { parseInput } from '../validation';
import { setSiteAllowNegativeSchema } from './location-schemas';

export async function setSiteAllowNegative(actor: Actor, input: unknown): Promise<void> {
  requirePermission(actor, 'settings.manage');
  const { id, allowNegative } = parseInput(setSiteAllowNegativeSchema, input);
  await db().$transaction(async (tx) => {
    const site = await tx.location.findUnique({ where: { id }, select: { parentId: true, code: true, allowNegative: true } });
    if (!site) throw notFound('The site');
    // The posting path reads this flag from the site only; on a storage unit it would do nothing.
    if (site.parentId !== null) throw invalid('id', `${site.code} is a storage unit; negative stock is set per site.`);
    if (site.allowNegative === allowNegative) return;
    await tx.location.update({ where: { id }, data: { allowNegative } });
    await recordAuditEvent(tx, actor, { action: 'site.allow-negative', entity: 'Location', entityId: id, before: { allowNegative: site.allowNegative }, after: { allowNegative } });
  });
}
