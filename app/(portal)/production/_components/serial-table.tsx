'use client';
// The product page's serial table. For those who may advance or approve, each
// row has a checkbox and the bulk actions run once per ticked serial; the
// answer lists every serial with what happened to it.
import Link from 'next/link';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { DateTime } from '@/app/_components/date-time';
import { Field, invalidProps } from '@/app/_components/field';
import type { Choice } from '@/lib/inventory/queries/inventory-choices';
import type { SerialRow } from '@/lib/serials/list-serials';
import { LocationList } from '@/app/(portal)/inventory/_components/posting-form';
import { selectedLabelsHref } from '@/app/(portal)/labels/_lib/label-href';
import { approveSelectedAction, advanceSelectedAction } from '../actions';
import { serialHref, workOrderHref } from '../_lib/links';
import type { BulkState } from '../_server/bulk-action';
import { SerialStatusBadge } from './status-badge';

interface SerialTableProps {
  rows: SerialRow[];
  caption: string;
  canAdvance: boolean;
  canApprove: boolean;
  locations: Choice[];
  /** Made per page render: a resent bulk request applies each serial once. */
  bulkKey: string;
  /** Shown instead of the table when there are no rows (the bulk answer stays: it may have emptied the page). */
  empty: string;
}

const runBulk = async (prev: BulkState, formData: FormData): Promise<BulkState> =>
  formData.get('op') === 'approve' ? approveSelectedAction(prev, formData) : advanceSelectedAction(prev, formData);

export function SerialTable({ rows, caption, canAdvance, canApprove, locations, bulkKey, empty }: SerialTableProps) {
  const selectable = canAdvance || canApprove;
  const [state, dispatch, pending] = useActionState<BulkState, FormData>(runBulk, {});
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [location, setLocation] = useState('');
  const approveButton = useRef<HTMLButtonElement>(null);
  const inFlight = useRef(false);

  useEffect(() => {
    inFlight.current = false;
    // Serials that went through are done; the refused stay ticked for another try.
    const done = new Set((state.outcomes ?? []).filter((o) => o.ok).map((o) => o.serial));
    if (done.size) setSelected((s) => new Set([...s].filter((serial) => !done.has(serial))));
  }, [state]);

  const visible = rows.filter((r) => selected.has(r.serial));
  const allTicked = rows.length > 0 && visible.length === rows.length;
  const toggle = (serial: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(serial);
      else next.delete(serial);
      return next;
    });

  // Dispatched by hand: a form action would reset the form and its ticks (react#30580). The ref drops a second click.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(e.currentTarget);
    if (submitter instanceof HTMLButtonElement && submitter.name) data.set(submitter.name, submitter.value);
    startTransition(() => dispatch(data));
  };
  // Enter in the storage-unit box means Approve, not the form's first button (Advance).
  const enterApproves = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (approveButton.current && !approveButton.current.disabled) e.currentTarget.form?.requestSubmit(approveButton.current);
  };

  const errors = state.fieldErrors ?? {};
  const table = !rows.length ? (
    <p className="card text-slate-700">{empty}</p>
  ) : (
    <div className="card overflow-x-auto p-0" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="w-12">
                <label className="flex min-h-10 min-w-10 items-center justify-center">
                  <input type="checkbox" className="size-5" checked={allTicked} onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.serial)) : new Set())} />
                  <span className="sr-only">Select all serial numbers on this page</span>
                </label>
              </th>
            ) : null}
            <th scope="col">Serial</th>
            <th scope="col">Status</th>
            <th scope="col">Stage</th>
            <th scope="col">Work order</th>
            <th scope="col">Last updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.serial}>
              {selectable ? (
                <td className="py-0">
                  <label className="flex min-h-10 min-w-10 items-center justify-center">
                    <input type="checkbox" name="serial" value={r.serial} className="size-5" checked={selected.has(r.serial)} onChange={(e) => toggle(r.serial, e.target.checked)} />
                    <span className="sr-only">Select {r.serial}</span>
                  </label>
                </td>
              ) : null}
              <td className="whitespace-nowrap">
                <Link className="inline-flex min-h-10 items-center text-brand-700 underline" href={serialHref(r.serial)}>
                  {r.serial}
                </Link>
              </td>
              <td>
                <SerialStatusBadge status={r.status} />
              </td>
              <td>
                {r.stage ?? '—'}
                {r.iterationCount ? <span className="block text-xs text-slate-600">Reworked {r.iterationCount}×</span> : null}
              </td>
              <td className="whitespace-nowrap">
                {r.workOrder ? (
                  <Link className="inline-flex min-h-10 items-center text-brand-700 underline" href={workOrderHref(r.workOrder)}>
                    {r.workOrder}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td className="whitespace-nowrap">
                <DateTime value={new Date(r.updatedAt)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (!selectable) return table;

  return (
    <form onSubmit={submit} noValidate aria-label="Serial numbers and bulk actions" className="space-y-3">
      <input type="hidden" name="key" value={bulkKey} />
      {rows.length ? (
        <fieldset className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-[auto_1fr_auto]" aria-describedby="bulk-count">
          <legend className="sr-only">Bulk actions on the ticked serial numbers</legend>
          <p id="bulk-count" className="text-sm text-slate-800 sm:col-span-2 lg:col-span-3">
            {visible.length ? `${visible.length} ticked.` : 'Tick serial numbers in the table to act on several at once.'}
            {errors.serial ? <span className="block text-red-700">{errors.serial}</span> : null}
          </p>
          {canAdvance ? (
            <div className="flex items-end">
              <button type="submit" name="op" value="advance" className="btn-secondary min-h-12 w-full sm:w-auto" disabled={pending || !visible.length} aria-disabled={pending || !visible.length}>
                {pending ? 'Working…' : 'Advance to next stage'}
              </button>
            </div>
          ) : null}
          {canApprove ? (
            <>
              <Field id="bulk-location" label="Storage unit to approve into" error={errors.location}>
                <input
                  id="bulk-location"
                  name="location"
                  list="bulk-locations"
                  value={location}
                  onChange={(e) => setLocation(e.target.value)}
                  onKeyDown={enterApproves}
                  className="input"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  {...invalidProps('bulk-location', errors.location)}
                />
              </Field>
              <LocationList id="bulk-locations" locations={locations} />
              <div className="flex items-end">
                <button ref={approveButton} type="submit" name="op" value="approve" className="btn-primary min-h-12 w-full sm:w-auto" disabled={pending || !visible.length} aria-disabled={pending || !visible.length}>
                  {pending ? 'Working…' : `Approve into stock at ${location.trim() || '…'}`}
                </button>
              </div>
            </>
          ) : null}
          {visible.length ? (
            <div className="flex items-end">
              <a className="btn-secondary min-h-12 w-full sm:w-auto" href={selectedLabelsHref('serials', visible.map((r) => r.serial))} target="_blank" rel="noopener">
                Print labels for the ticked
              </a>
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <div role="status">
        {state.message ? (
          <div className={`space-y-2 rounded-md px-3 py-2 text-sm ${state.ok ? 'bg-green-50 text-green-900' : 'bg-amber-50 text-amber-950'}`}>
            <p className="font-medium">{state.message}</p>
            {state.outcomes?.length ? (
              <ul className="space-y-1">
                {state.outcomes.map((o) => (
                  <li key={o.serial} className="break-words">
                    <span className={`font-semibold ${o.ok ? 'text-green-800' : 'text-red-800'}`}>{o.ok ? 'Done' : 'Refused'}</span> {o.serial}: {o.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {table}
    </form>
  );
}
