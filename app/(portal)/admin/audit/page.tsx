import Link from 'next/link';
import { FormMessage } from '@/app/_components/field';
import { requireAdminPage } from '@/app/_server/admin-guard';
import { listAuditEvents, type AuditEventRow } from '@/lib/audit/list-audit-events';
import type { Page } from '@/lib/pagination';
import { DomainError } from '@/lib/errors';
import { AUDIT_FILTER_KEYS, AuditFilterForm, type AuditFilterValues } from './audit-filter-form';
import { AuditTable } from './audit-table';

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const PAGE_SIZE = 50;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireAdminPage();
  const sp = await searchParams;
  const filter = Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, first(sp[k])])) as AuditFilterValues;
  const cursor = first(sp.cursor) || null;
  let page: Page<AuditEventRow> = { data: [], nextCursor: null };
  let problem: { message: string; fieldErrors: Record<string, string> } | null = null;
  try {
    page = await listAuditEvents(actor, filter, { limit: PAGE_SIZE, cursor });
  } catch (e) {
    // A mistyped filter or a hand-edited address is answered next to the field, not with an error page.
    if (!(e instanceof DomainError) || e.code !== 'INVALID_INPUT') throw e;
    problem = { message: e.message, fieldErrors: e.fieldErrors };
  }
  const link = (extra: Record<string, string>) => {
    const q = new URLSearchParams(Object.entries({ ...filter, ...extra }).filter(([, v]) => v));
    return q.size ? `/admin/audit?${q}` : '/admin/audit';
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <p className="text-sm text-slate-700">Changes to users, roles, settings, plugins, the catalogue and locations, newest first. Times are UTC.</p>
      <AuditFilterForm values={filter} errors={problem?.fieldErrors ?? {}} />
      {problem ? <FormMessage message={problem.message} /> : null}
      {!problem && page.data.length === 0 ? <p className="card text-sm text-slate-700">No changes match these filters.</p> : null}
      {page.data.length ? <AuditTable rows={page.data} /> : null}
      {cursor || page.nextCursor ? (
        <nav aria-label="Audit log pages" className="flex flex-wrap gap-2">
          {cursor ? (
            <Link className="btn-secondary" href={link({})}>
              First page
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link className="btn-secondary" href={link({ cursor: page.nextCursor })}>
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
