// The reports' forms as data: the fields each report is filtered by, in the
// order they are shown. Plain data, so the server page and the client form share it.
import type { ReportSlug } from '@/lib/reports/report';

export interface FieldSpec {
  key: string;
  label: string;
  type: 'text' | 'date' | 'email' | 'select';
  options?: [string, string][];
  hint?: string;
}

const ENTRY_TYPES = ['RECEIPT', 'PRODUCTION_OUTPUT', 'SHIPMENT', 'CONSUMPTION', 'ADJUST_UP', 'ADJUST_DOWN', 'TRANSFER_OUT', 'TRANSFER_IN', 'STATUS_CHANGE', 'REVERSAL'];
const period: FieldSpec[] = [
  { key: 'from', label: 'From (UTC day)', type: 'date' },
  { key: 'to', label: 'To (UTC day, included)', type: 'date' },
];

export const REPORT_FORMS: { slug: ReportSlug; title: string; description: string; fields: FieldSpec[]; adminOnly?: boolean }[] = [
  {
    slug: 'movements',
    title: 'Movement audit',
    description: 'Every ledger entry of the period with balances before and after, value and references. The PDF and the CSV both have every row. The PDF is made in the background (a 100,000-row audit takes a minute or two); the CSV downloads at once.',
    fields: [
      ...period,
      { key: 'site', label: 'Site', type: 'text', hint: 'A site or location code; blank for all you may see.' },
      { key: 'sku', label: 'Item (SKU)', type: 'text' },
      { key: 'type', label: 'Entry type', type: 'select', options: [['', 'Any'], ...ENTRY_TYPES.map((t): [string, string] => [t, t.toLowerCase().replace('_', ' ')])] },
      { key: 'user', label: 'User (e-mail)', type: 'email' },
    ],
  },
  {
    slug: 'valuation',
    title: 'Inventory valuation',
    description: 'Quantity, unit cost and value per item and storage unit at the end of a day, with totals per site. Customer-owned stock is left out.',
    fields: [
      { key: 'asOf', label: 'As of (end of UTC day)', type: 'date' },
      { key: 'site', label: 'Site', type: 'text' },
      { key: 'sku', label: 'Item (SKU)', type: 'text' },
    ],
  },
  {
    slug: 'defects',
    title: 'Defect report',
    description: 'Units scrapped or reworked in the period, by product, stage and action, with their serial numbers.',
    fields: [
      ...period,
      { key: 'product', label: 'Product (SKU)', type: 'text' },
      { key: 'action', label: 'Action', type: 'select', options: [['', 'Any'], ['scrapped', 'Scrapped'], ['reworked', 'Reworked']] },
    ],
  },
  {
    slug: 'config-audit',
    title: 'Configuration audit',
    description: 'Changes to users, roles, settings, plugins, the catalogue and locations in the period.',
    adminOnly: true,
    fields: [
      ...period,
      { key: 'actor', label: 'Who', type: 'text', hint: 'User id, or part of a name or e-mail.' },
      { key: 'entity', label: 'Entity', type: 'text', hint: 'Such as User, Item, Setting.' },
      { key: 'action', label: 'Action', type: 'text', hint: 'Such as user.update; "user." finds all.' },
    ],
  },
];

export type ReportFormSpec = (typeof REPORT_FORMS)[number];
