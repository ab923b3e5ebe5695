// A movement history section: type filter (GET), the table, keyset pages.
import Form from 'next/form';
import { listMovements } from '@/lib/inventory/queries/movement-history';
import { can, type Actor } from '@/lib/roles/actor';
import { attempt } from '../_lib/attempt';
import { hrefWith } from '../_lib/search-params';
import { ENTRY_TYPE_LABELS } from './labels';
import { MovementTable } from './movement-table';
import { Pager } from './pager';

export interface HistoryProps {
  actor: Actor;
  filter: { sku?: string; location?: string; type?: string };
  /** The page's path and the other search params it keeps. */
  path: string;
  keep: Record<string, string | undefined>;
  cursorParam: string;
  cursor: string | null;
}

export async function MovementHistory({ actor, filter, path, keep, cursorParam, cursor }: HistoryProps) {
  const page = await attempt(listMovements(actor, filter, { limit: 25, cursor }));
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-semibold">
        Movement history
      </h2>
      <Form action={path} className="flex flex-wrap items-end gap-2" aria-label="Filter movements">
        {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
        <div className="space-y-1">
          <label htmlFor="history-type" className="block text-sm font-medium text-slate-800">
            Type
          </label>
          <select id="history-type" name="type" defaultValue={filter.type ?? ''} className="input">
            <option value="">All types</option>
            {Object.entries(ENTRY_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value.toLowerCase()}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Show
        </button>
      </Form>
      {page.ok ? (
        <>
          <MovementTable rows={page.value.data} showSku={!filter.sku} canReverse={can(actor, 'inventory.reverse')} />
          <Pager label="Movement pages" cursor={cursor} nextCursor={page.value.nextCursor} hrefFor={(c) => hrefWith(path, { ...keep, type: filter.type, [cursorParam]: c })} />
        </>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {page.message}
        </p>
      )}
    </section>
  );
}
