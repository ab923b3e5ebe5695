// The inventory filters as a GET form: the URL is the view (shareable, exportable, back-button safe).
import Form from 'next/form';
import Link from 'next/link';
import { Field, invalidProps } from '@/app/_components/field';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import { hrefWith } from '../_lib/search-params';
import type { FilterParams } from '../_lib/inventory-filter-params';
import { STATUS_LABELS } from './labels';

export function InventoryFilterForm({ filter, kinds, sites, errors }: { filter: FilterParams; kinds: Choice[]; sites: Choice[]; errors: Record<string, string> }) {
  return (
    <Form action="/inventory" className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Filter inventory">
      {filter.groupBy ? <input type="hidden" name="groupBy" value={filter.groupBy} /> : null}
      {filter.sku ? <input type="hidden" name="sku" value={filter.sku} /> : null}
      {filter.location ? <input type="hidden" name="location" value={filter.location} /> : null}
      <Field id="f-search" label="Search SKU or name" error={errors.search}>
        <input id="f-search" name="search" type="search" defaultValue={filter.search} className="input" {...invalidProps('f-search', errors.search)} />
      </Field>
      <Field id="f-kind" label="Kind" error={errors.kind}>
        <select id="f-kind" name="kind" defaultValue={filter.kind ?? ''} className="input" {...invalidProps('f-kind', errors.kind)}>
          <option value="">All kinds</option>
          {kinds.map((k) => (
            <option key={k.code} value={k.code}>
              {k.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="f-site" label="Site" error={errors.site}>
        <select id="f-site" name="site" defaultValue={filter.site ?? ''} className="input" {...invalidProps('f-site', errors.site)}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name} ({s.code})
            </option>
          ))}
        </select>
      </Field>
      <Field id="f-status" label="Status" error={errors.status}>
        <select id="f-status" name="status" defaultValue={filter.status ?? ''} className="input" {...invalidProps('f-status', errors.status)}>
          <option value="">Any status</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="f-asof" label="As of (UTC, empty for now)" error={errors.asOf}>
        <input id="f-asof" name="asOf" type="datetime-local" defaultValue={filter.asOf} className="input" {...invalidProps('f-asof', errors.asOf)} />
      </Field>
      <div className="flex items-end">
        <label className="flex min-h-10 items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" name="lowStock" value="true" defaultChecked={filter.lowStock === 'true'} className="size-5" />
          Low stock only
        </label>
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="btn-primary">
          Apply filters
        </button>
        <Link className="btn-secondary" href={hrefWith('/inventory', { groupBy: filter.groupBy })}>
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
