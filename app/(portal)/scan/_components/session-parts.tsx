'use client';
// Parts of the scan screen every step shows: what the session logs against,
// its storage units (each can be cleared), and Cancel with its confirmation.
import { useState } from 'react';
import { linesCount } from '../_lib/session-history';
import type { PlaceRole, ScanSession } from '../_lib/scan-session';
import { ACTION_LABEL, placeLabels } from '../_lib/workflows';

export function SessionHeader({ session, onChange }: { session: ScanSession; onChange?: () => void }) {
  const what = session.workflow === 'general' ? 'Action' : session.workflow === 'sales' ? 'Sales order' : 'Production run';
  const target = session.workflow === 'general' ? (session.action ? `${ACTION_LABEL[session.action]} by scanning` : '') : session.target?.label;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="min-w-0 break-words">
        <span className="text-sm text-slate-600">{what}: </span>
        <strong data-testid="session-target">{target}</strong>
      </p>
      {onChange ? (
        <button type="button" className="btn-secondary min-h-12" onClick={onChange}>
          Change
        </button>
      ) : null}
    </div>
  );
}

export function SessionPlaces({ session, onClear }: { session: ScanSession; onClear: (role: PlaceRole) => void }) {
  const labels = placeLabels(session.workflow, session.action);
  const places: [PlaceRole, string, ScanSession['location']][] = [['location', labels.source, session.location]];
  if (labels.destination) places.push(['to', labels.destination, session.to]);
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      {places.map(([role, label, place]) => (
        <div key={role} className="flex items-center justify-between gap-2 rounded-md border border-slate-300 bg-white p-3">
          <div className="min-w-0">
            <p className="text-xs text-slate-600">{label}</p>
            <p className="break-words font-medium" data-testid={`place-${role}`}>
              {place ? `${place.code} · ${place.name}` : <span className="font-normal text-slate-600">Scan a storage unit</span>}
            </p>
          </div>
          {place ? (
            <button type="button" className="btn-secondary min-h-12 shrink-0" onClick={() => onClear(role)}>
              Clear<span className="sr-only"> {label.toLowerCase()}</span>
            </button>
          ) : null}
        </div>
      ))}
    </div>
  );
}

export function CancelSession({ lines, onDiscard }: { lines: number; onDiscard: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="btn-secondary min-h-12" onClick={() => setConfirming(true)}>
        Cancel session
      </button>
    );
  }
  return (
    <div className="w-full space-y-2 rounded-md border border-red-300 bg-red-50 p-3" role="group" aria-labelledby="cancel-question">
      <p id="cancel-question" className="text-sm font-medium text-red-900">
        Discard this session{lines ? ` and its ${linesCount(lines)}` : ''}? Nothing is posted.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-danger min-h-12" onClick={onDiscard}>
          Discard session
        </button>
        <button type="button" className="btn-secondary min-h-12" onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
    </div>
  );
}
