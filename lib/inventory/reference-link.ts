// Where a ledger reference leads: core documents (work orders, sales orders,
// transits) and the kinds plugins declare (extension point "references").
import { referenceLink } from '../plugins';
import type { Actor } from '../roles/actor';

const CORE: Record<string, { label: string; href: (n: string) => string; permission: string }> = {
  work_order: { label: 'Work order', href: (n) => `/production/work-orders/${encodeURIComponent(n)}`, permission: 'serials.view' },
  sales_order: { label: 'Sales order', href: (n) => `/sales-orders/${encodeURIComponent(n)}`, permission: 'sales.view' },
  transit: { label: 'Transit', href: (n) => `/inventory/transits/${encodeURIComponent(n)}`, permission: 'inventory.view' },
};

/** A link for the reference, when it names a document the actor can open. */
export function referenceHref(actor: Actor, kind: string | null, number: string | null): string | null {
  if (!kind || !number) return null;
  const core = CORE[kind];
  if (core) return actor.permissions.has(core.permission) ? core.href(number) : null;
  return referenceLink(actor, kind, number)?.href ?? null;
}
