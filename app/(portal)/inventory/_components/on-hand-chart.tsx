// A small server-drawn chart of an item's closing on-hand per day (no script needed).
import type { OnHandPoint } from '@/lib/inventory/queries/on-hand-series';

const W = 600;
const H = 160;
const PAD = { left: 8, right: 8, top: 20, bottom: 22 };

export function OnHandChart({ points, unit }: { points: OnHandPoint[]; unit: string }) {
  if (points.length < 2) return null;
  const values = points.map((p) => Number(p.onHand));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  // Each day is a column; its closing balance spans the column.
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / points.length;
  const y = (v: number) => PAD.top + ((max - v) * (H - PAD.top - PAD.bottom)) / span;
  const line = values.map((v, i) => `${i === 0 ? `M${x(0)},` : 'V'}${y(v)}H${x(i + 1)}`).join('');
  const area = `${line}V${y(0)}H${x(0)}Z`;
  const first = points[0];
  const last = points[points.length - 1];
  const summary = `On hand over the last ${points.length} days: ${first.onHand} ${unit} on ${first.day}, ${last.onHand} ${unit} on ${last.day}; highest ${max} ${unit}.`;
  return (
    <figure className="card space-y-2">
      <figcaption className="font-semibold">On hand, last {points.length} days</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={summary}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#94a3b8" strokeWidth="1" />
        <path d={area} fill="#eef6ff" />
        <path d={line} fill="none" stroke="#184c99" strokeWidth="2.5" />
        <text x={PAD.left} y={12} fontSize="12" fill="#334155">
          {max} {unit}
        </text>
        <text x={PAD.left} y={H - 6} fontSize="12" fill="#334155">
          {first.day}
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize="12" fill="#334155" textAnchor="end">
          {last.day}
        </text>
      </svg>
      <p className="text-sm text-slate-700">
        Now: <strong>{last.onHand}</strong> {unit} (own stock, every status).
      </p>
    </figure>
  );
}
