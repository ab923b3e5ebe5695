// How an order's serials are spread over the statuses, as one bar with a legend
// in words (the colours are never the only carrier of the figures).
import type { SerialCounts } from '@/lib/serials/work-order-view';

const PARTS: { key: keyof SerialCounts; label: string; className: string }[] = [
  { key: 'inProduction', label: 'In production', className: 'bg-sky-500' },
  { key: 'inStock', label: 'In stock', className: 'bg-green-600' },
  { key: 'delivered', label: 'Delivered', className: 'bg-slate-500' },
  { key: 'scrapped', label: 'Scrapped', className: 'bg-red-600' },
];

export function SerialCountBar({ counts }: { counts: SerialCounts }) {
  const total = PARTS.reduce((n, p) => n + counts[p.key], 0);
  return (
    <div className="space-y-1">
      {total > 0 ? (
        <div className="flex h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          {PARTS.map((p) => (counts[p.key] ? <div key={p.key} className={p.className} style={{ width: `${(100 * counts[p.key]) / total}%` }} /> : null))}
        </div>
      ) : null}
      <p className="flex flex-wrap gap-x-3 text-xs text-slate-700">
        {PARTS.map((p) => (
          <span key={p.key} className="tabular-nums">
            {p.label} <strong>{counts[p.key]}</strong>
          </span>
        ))}
      </p>
    </div>
  );
}
