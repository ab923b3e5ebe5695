// One GET form per audit report. Each submits to /reports, which checks the
// filters and either sends the browser on to the download or shows the form
// again with the errors next to the fields.
import { Field, invalidProps } from '@/app/_components/field';
import type { ReportSlug } from '@/lib/reports/report';

interface FieldSpec {
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
    description: 'Every ledger entry of the period with balances before and after, value and references. The PDF and the CSV both have every row; a large PDF takes a while to render.',
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

export function ReportForm({ spec, values, errors }: { spec: (typeof REPORT_FORMS)[number]; values: Record<string, string>; errors: Record<string, string> }) {
  const idOf = (key: string) => `${spec.slug}-${key}`;
  return (
    <form method="get" action="/reports" className="card space-y-3" aria-labelledby={`${spec.slug}-title`}>
      <h2 id={`${spec.slug}-title`} className="text-lg font-semibold">
        {spec.title}
      </h2>
      <p className="text-sm text-slate-700">{spec.description}</p>
      <input type="hidden" name="run" value={spec.slug} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {spec.fields.map((f) => {
          const id = idOf(f.key);
          return (
            <Field key={f.key} id={id} label={f.label} error={errors[f.key]} hint={f.hint}>
              {f.type === 'select' ? (
                <select id={id} name={f.key} defaultValue={values[f.key] ?? ''} className="input" {...invalidProps(id, errors[f.key])}>
                  {f.options!.map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={id} name={f.key} type={f.type} defaultValue={values[f.key] ?? ''} className="input" {...invalidProps(id, errors[f.key])} />
              )}
            </Field>
          );
        })}
        <Field id={idOf('format')} label="Format" error={errors.format}>
          <select id={idOf('format')} name="format" defaultValue={values.format ?? 'pdf'} className="input">
            <option value="pdf">PDF (opens in the browser)</option>
            <option value="csv">CSV (download)</option>
          </select>
        </Field>
      </div>
      {errors._form ? (
        <p role="alert" className="text-sm text-red-700">
          {errors._form}
        </p>
      ) : null}
      <button type="submit" className="btn-primary">
        Get the report
      </button>
    </form>
  );
}
