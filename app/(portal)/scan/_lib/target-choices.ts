// The targets a session can log against, as the picker shows them: active
// sales orders grouped by customer, plugins' production runs (lots) above active
// work orders grouped by product; the
// filter box narrows them by every word typed (customer, number, product ...).
import type { ActiveOrdersOfPartner } from '@/lib/sales/list-active-orders-for-scanning';
import type { ScanTargetChoice } from '@/lib/plugins';
import type { WorkOrderSummary } from '@/lib/serials/work-order-view';

export interface TargetOption {
  value: string;
  /** What the option says. */
  label: string;
  /** What the session shows as its target once chosen. */
  target: string;
  /** Further words the filter matches (customer, product name ...). */
  search: string;
}

export interface TargetGroup {
  label: string;
  options: TargetOption[];
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function salesOrderGroups(partners: ActiveOrdersOfPartner[]): TargetGroup[] {
  return partners.map((p) => ({
    label: `${p.partner.name} (${p.partner.code})`,
    options: p.orders.map((o) => ({
      value: o.number,
      label: `${o.number} · expected ${day(o.expectedAt)} · ${plural(o.openLines, 'open line')}`,
      target: `${o.number} · ${p.partner.name}`,
      search: `${p.partner.name} ${p.partner.code} ${o.note ?? ''}`,
    })),
  }));
}

/** Active work orders that have a due date (a run without one is not planned yet), grouped by product. */
export function workOrderGroups(orders: WorkOrderSummary[]): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const w of orders) {
    if (!w.dueAt) continue;
    const key = w.product;
    if (!groups.has(key)) groups.set(key, { label: `${w.product} · ${w.productName}`, options: [] });
    groups.get(key)!.options.push({
      value: w.number,
      label: `${w.number} · due ${day(w.dueAt)} · ${plural(w.quantity, 'unit')}${w.team ? ` · ${w.team}` : ''}`,
      target: `${w.number} · ${w.product}`,
      search: `${w.product} ${w.productName} ${w.team ?? ''} ${w.department}`,
    });
  }
  return [...groups.values()];
}

/** Runs plugins offer (production lots), grouped as each provider names its groups, in the order given. */
export function pluginRunGroups(choices: ScanTargetChoice[]): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const c of choices) {
    if (!groups.has(c.group)) groups.set(c.group, { label: c.group, options: [] });
    groups.get(c.group)!.options.push({ value: c.number, label: c.label, target: c.target, search: c.search });
  }
  return [...groups.values()];
}

/** The groups with only the options every typed word appears in (group label included); empty groups dropped. */
export function filterGroups(groups: TargetGroup[], query: string): TargetGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return groups;
  return groups
    .map((g) => ({ ...g, options: g.options.filter((o) => words.every((w) => `${g.label} ${o.label} ${o.search}`.toLowerCase().includes(w))) }))
    .filter((g) => g.options.length > 0);
}

export const optionCount = (groups: TargetGroup[]) => groups.reduce((n, g) => n + g.options.length, 0);

export const findOption = (groups: TargetGroup[], value: string): TargetOption | undefined => groups.flatMap((g) => g.options).find((o) => o.value === value);
