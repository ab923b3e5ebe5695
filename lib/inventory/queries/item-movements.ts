// Movement history of one named item (/items/{sku}/movements): there the SKU
// names the record, so an unknown one is NOT_FOUND rather than a bad filter.
import { z } from 'zod';
import { db } from '../../db/client';
import { notFound } from '../../errors';
import type { Page } from '../../pagination';
import { requirePermission, type Actor } from '../../roles/actor';
import { parseInput } from '../../validation';
import { listMovements, type MovementRow } from './movement-history';

const itemSkuSchema = z.object({ sku: z.string().trim().min(1, 'Enter a SKU.').max(64) });

export async function listItemMovements(actor: Actor, input: unknown, page: { limit?: number; cursor?: string | null } = {}): Promise<Page<MovementRow>> {
  requirePermission(actor, 'inventory.view');
  const { sku } = parseInput(itemSkuSchema, input);
  const item = await db().item.findUnique({ where: { sku }, select: { sku: true } });
  if (!item) throw notFound(`Item ${sku}`);
  return listMovements(actor, { ...(input as object), sku: item.sku }, page);
}
