'use client';
// The first step of a session: the sales order or production run it logs
// against (a select grouped by customer or product, narrowed by typing), or for
// a general update the action, as large radio buttons.
import { useId, useState } from 'react';
import { filterGroups, findOption, optionCount, type TargetGroup } from '../_lib/target-choices';
import { ACTION_HINT, ACTION_LABEL, type GeneralAction, type Workflow } from '../_lib/workflows';
import type { ScanSession, SessionTarget } from '../_lib/scan-session';

const TEXT = {
  sales: { filter: 'Filter by customer or order', select: 'Active sales order', choose: 'Choose an order…', none: 'No active sales orders. Orders show here while they are open, have an expected date and something left to deliver.' },
  production: { filter: 'Filter by product, run or team', select: 'Active production run', choose: 'Choose a run…', none: 'No active production runs. Work orders show here while they are open or in progress and have a due date.' },
} as const;

export function TargetStep({
  session,
  groups,
  actions,
  onTarget,
  onAction,
  onStart,
}: {
  session: ScanSession;
  groups: TargetGroup[];
  actions: { action: GeneralAction; allowed: boolean }[];
  onTarget: (target: SessionTarget | null) => void;
  onAction: (action: GeneralAction) => void;
  onStart: () => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const workflow: Workflow = session.workflow;
  const ready = workflow === 'general' ? session.action !== null : session.target !== null;

  if (workflow === 'general') {
    return (
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onStart();
        }}
      >
        <fieldset className="space-y-3">
          <legend className="mb-2 text-lg font-semibold">What are you doing?</legend>
          {actions.map(({ action, allowed }) => (
            <label key={action} className={`card flex min-h-16 items-start gap-3 ${allowed ? 'cursor-pointer hover:border-brand-600' : 'bg-slate-50'} ${session.action === action ? 'border-2 border-brand-700 bg-brand-50' : ''}`}>
              <input type="radio" name="action" value={action} className="mt-1 h-6 w-6 shrink-0 accent-brand-700" checked={session.action === action} disabled={!allowed} onChange={() => onAction(action)} />
              <span className="space-y-1">
                <span className="block text-lg font-semibold">{ACTION_LABEL[action]}</span>
                <span className="block text-sm text-slate-700">{allowed ? ACTION_HINT[action] : 'Your role may not do this.'}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn-primary min-h-12 w-full text-base sm:w-auto" disabled={!ready}>
          Start scanning
        </button>
      </form>
    );
  }

  const text = TEXT[workflow];
  const shown = filterGroups(groups, query);
  const narrowTo = (q: string) => {
    setQuery(q);
    const left = filterGroups(groups, q);
    // One order left: it is the one meant. A chosen order filtered away is no longer chosen.
    if (optionCount(left) === 1) {
      const only = left[0].options[0];
      onTarget({ number: only.value, label: only.target });
    } else if (session.target && !findOption(left, session.target.number)) onTarget(null);
  };
  if (!groups.length) return <p className="card text-slate-800">{text.none}</p>;
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onStart();
      }}
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-filter`} className="block text-sm font-medium text-slate-800">
          {text.filter}
        </label>
        <input id={`${id}-filter`} type="search" className="input min-h-12" value={query} autoComplete="off" onChange={(e) => narrowTo(e.target.value)} />
        <p className="text-xs text-slate-600" aria-live="polite">
          {optionCount(shown) === optionCount(groups) ? `${optionCount(groups)} to choose from.` : `${optionCount(shown)} of ${optionCount(groups)} match.`}
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-target`} className="block text-sm font-medium text-slate-800">
          {text.select}
        </label>
        <select
          id={`${id}-target`}
          className="input min-h-12"
          value={session.target?.number ?? ''}
          onChange={(e) => {
            const option = findOption(groups, e.target.value);
            onTarget(option ? { number: option.value, label: option.target } : null);
          }}
        >
          <option value="">{shown.length ? text.choose : 'Nothing matches the filter'}</option>
          {shown.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      {session.target ? (
        <p className="text-sm text-slate-800">
          Logging against <strong>{session.target.label}</strong>.
        </p>
      ) : null}
      <button type="submit" className="btn-primary min-h-12 w-full text-base sm:w-auto" disabled={!ready}>
        Start scanning
      </button>
    </form>
  );
}
