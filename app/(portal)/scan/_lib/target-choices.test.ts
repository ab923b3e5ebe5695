import { describe, expect, it } from 'vitest';
import type { WorkOrderSummary } from '@/lib/serials/work-order-view';
import { filterGroups, findOption, optionCount, pluginRunGroups, salesOrderGroups, workOrderGroups } from './target-choices';

const partners = [
  { partner: { code: 'ACME-SENSORS', name: 'Acme Sensors Inc.' }, orders: [{ number: 'SO-000001', expectedAt: '2026-05-08T00:00:00.000Z', openLines: 2, note: 'Pilot rollout' }] },
  {
    partner: { code: 'NORTHWIND', name: 'Northwind Automation' },
    orders: [
      { number: 'SO-000002', expectedAt: '2026-05-15T00:00:00.000Z', openLines: 3, note: null },
      { number: 'SO-000007', expectedAt: '2026-06-01T00:00:00.000Z', openLines: 1, note: null },
    ],
  },
];

const workOrder = (number: string, product: string, dueAt: string | null): WorkOrderSummary => ({
  number, product, productName: `${product} name`, quantity: 12, dueAt, department: 'Electronics Production', team: 'SMT Line', status: 'open', createdAt: '2026-01-01T00:00:00.000Z',
  counts: { inProduction: 0, inStock: 0, delivered: 0, scrapped: 0 },
});

describe('choosing what a session logs against', () => {
  it('groups sales orders by customer, each saying when it is expected and what is open', () => {
    const groups = salesOrderGroups(partners);
    expect(groups.map((g) => g.label)).toEqual(['Acme Sensors Inc. (ACME-SENSORS)', 'Northwind Automation (NORTHWIND)']);
    expect(groups[1].options[0]).toEqual({ value: 'SO-000002', label: 'SO-000002 · expected 2026-05-15 · 3 open lines', target: 'SO-000002 · Northwind Automation', search: 'Northwind Automation NORTHWIND ' });
    expect(groups[1].options[1].label).toContain('1 open line');
  });

  it('filters by every word typed: customer, number, note', () => {
    const groups = salesOrderGroups(partners);
    expect(filterGroups(groups, '').length).toBe(2);
    expect(filterGroups(groups, 'northwind').map((g) => g.options.map((o) => o.value))).toEqual([['SO-000002', 'SO-000007']]);
    expect(optionCount(filterGroups(groups, 'north 000007'))).toBe(1);
    expect(optionCount(filterGroups(groups, 'pilot'))).toBe(1);
    expect(filterGroups(groups, 'nobody')).toEqual([]);
    expect(findOption(groups, 'SO-000007')?.target).toBe('SO-000007 · Northwind Automation');
  });

  it('offers work orders with a due date only, grouped by product', () => {
    const groups = workOrderGroups([workOrder('WO-000001', 'PRD-GATEWAY-100', '2026-12-18T00:00:00.000Z'), workOrder('WO-000002', 'PRD-GATEWAY-100', null), workOrder('WO-000003', 'ASM-SENSOR-HEAD', '2027-01-15T00:00:00.000Z')]);
    expect(groups.map((g) => [g.label, g.options.map((o) => o.value)])).toEqual([
      ['PRD-GATEWAY-100 · PRD-GATEWAY-100 name', ['WO-000001']],
      ['ASM-SENSOR-HEAD · ASM-SENSOR-HEAD name', ['WO-000003']],
    ]);
    expect(groups[0].options[0]).toMatchObject({ label: 'WO-000001 · due 2026-12-18 · 12 units · SMT Line', target: 'WO-000001 · PRD-GATEWAY-100' });
    expect(optionCount(filterGroups(groups, 'sensor'))).toBe(1);
  });

  it('groups plugin runs (production lots) as their provider names the groups, in the order given', () => {
    const lot = (number: string, group: string) => ({ number, group, label: `${number} · 2026-12-01 → 2026-12-10 · 5 units`, target: `${number} · PCBA`, search: 'PCBA lot' });
    const groups = pluginRunGroups([lot('LOT-000002', 'Production lots · PCBA-B'), lot('LOT-000001', 'Production lots · PCBA-A'), lot('LOT-000003', 'Production lots · PCBA-B')]);
    expect(groups.map((g) => [g.label, g.options.map((o) => o.value)])).toEqual([
      ['Production lots · PCBA-B', ['LOT-000002', 'LOT-000003']],
      ['Production lots · PCBA-A', ['LOT-000001']],
    ]);
    expect(findOption(groups, 'LOT-000001')?.target).toBe('LOT-000001 · PCBA');
    expect(optionCount(filterGroups(groups, 'pcba-a'))).toBe(1);
  });
});
