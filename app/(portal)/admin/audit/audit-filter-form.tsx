// The audit log's filters as a GET form: the address is the view, and what was typed stays in the fields.
import Link from 'next/link';
import { Field, invalidProps } from '@/app/_components/field';

export const AUDIT_FILTER_KEYS = ['actor', 'entity', 'action', 'from', 'to', 'q'] as const;
export type AuditFilterValues = Record<(typeof AUDIT_FILTER_KEYS)[number], string>;

const FIELDS: { key: (typeof AUDIT_FILTER_KEYS)[number]; label: string; type: 'text' | 'date'; hint?: string }[] = [
  { key: 'actor', label: 'Who', type: 'text', hint: 'User id, or part of a name or e-mail.' },
  { key: 'entity', label: 'Entity', type: 'text', hint: 'Such as User, Item, Setting, Plugin.' },
  { key: 'action', label: 'Action', type: 'text', hint: 'Such as user.update; "user." finds all.' },
  { key: 'from', label: 'From (UTC day)', type: 'date' },
  { key: 'to', label: 'To (UTC day, included)', type: 'date' },
  { key: 'q', label: 'Entity id contains', type: 'text' },
];

export function AuditFilterForm({ values, errors }: { values: AuditFilterValues; errors: Record<string, string> }) {
  return (
    <form method="get" action="/admin/audit" className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-3" role="search" aria-label="Filter the audit log">
      {FIELDS.map(({ key, label, type, hint }) => {
        const id = `audit-${key}`;
        return (
          <Field key={key} id={id} label={label} error={errors[key]} hint={hint}>
            <input id={id} name={key} type={type} defaultValue={values[key]} className="input" {...invalidProps(id, errors[key])} />
          </Field>
        );
      })}
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="btn-primary">
          Apply filters
        </button>
        <Link className="btn-secondary" href="/admin/audit">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
