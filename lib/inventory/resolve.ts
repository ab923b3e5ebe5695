// Looks up what a movement names (SKU, location code, customer) and answers
// unknown or out-of-scope names as a field error, never as "exists but forbidden".
import { db } from '../db/client';
import { DomainError, invalid } from '../errors';
import type { Actor } from '../roles/actor';
import { canSeeSite } from '../scope/site-scope';

export interface ResolvedItem {
  id: number;
  sku: string;
  name: string;
  decimals: number;
  unit: string;
  perishable: boolean;
  standardCost: string;
}

export interface ResolvedLocation {
  id: number;
  code: string;
  name: string;
  siteId: number;
  allowNegative: boolean;
}

export async function resolveItem(sku: string, field = 'sku'): Promise<ResolvedItem> {
  const item = await db().item.findUnique({ where: { sku }, include: { unit: true } });
  if (!item) throw invalid(field, `Unknown SKU "${sku}".`);
  if (!item.active) throw invalid(field, `Item ${item.sku} is inactive.`);
  return {
    id: item.id,
    sku: item.sku,
    name: item.name,
    decimals: item.unit.decimals,
    unit: item.unit.code,
    perishable: item.perishable,
    standardCost: item.standardCost.toString(),
  };
}

export async function resolveLocation(actor: Actor, code: string, field: string): Promise<ResolvedLocation> {
  const loc = await db().location.findUnique({ where: { code } });
  const site = loc ? (loc.siteId && loc.siteId !== loc.id ? await db().location.findUnique({ where: { id: loc.siteId } }) : loc) : null;
  if (!loc || !site || !loc.active || !canSeeSite(actor, site.departmentId)) throw invalid(field, `Unknown location "${code}".`);
  return { id: loc.id, code: loc.code, name: loc.name, siteId: site.id, allowNegative: site.allowNegative };
}

export async function resolveCustomer(code: string | null | undefined, field = 'customer'): Promise<number | null> {
  if (!code) return null;
  const partner = await db().partner.findUnique({ where: { code } });
  if (!partner || partner.kind !== 'CUSTOMER') throw invalid(field, `Unknown customer "${code}".`);
  return partner.id;
}

export function labelsFor(item: ResolvedItem, ...locations: ResolvedLocation[]) {
  return {
    items: new Map([[item.id, { sku: item.sku, decimals: item.decimals }]]),
    locations: new Map(locations.map((l) => [l.id, l.code])),
  };
}

export const insufficient = (field: string, available: string, unit: string, where: string) =>
  new DomainError('INSUFFICIENT_STOCK', `Only ${available} ${unit} available at ${where}.`, { [field]: `Only ${available} ${unit} available at ${where}.` });
