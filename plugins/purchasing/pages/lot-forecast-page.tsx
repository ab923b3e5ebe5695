// /purchasing/lots/[number] — the forecast of one production lot's BOM items:
// required, stock, allocated to other lots, on order, shortfall, on drafts.
// Another department's or an unknown lot: 404.
import Link from 'next/link';
import { loadOr404 } from '@/app/_server/page-data';
import { requireActor } from '@/app/_server/session';
import { forecastForLot } from '../lib/forecast';
import { FORMULA, ForecastTable } from './forecast-table';
import { PURCHASING_HREF } from './links';

export default async function LotForecastPage({ params }: { params: Promise<{ number: string }> }) {
  const actor = await requireActor();
  const raw = (await params).number;
  // A malformed escape is an unknown lot, not an error.
  const number = (() => {
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  })();
  const rows = await loadOr404(forecastForLot(actor, number));
  const lot = number.toUpperCase();
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href={PURCHASING_HREF}>
          Purchasing
        </Link>{' '}
        / {lot}
      </p>
      <h1 className="text-2xl font-semibold">Forecast for {lot}</h1>
      <p className="text-sm text-slate-700">
        {FORMULA} For a released lot, required is what is still to issue of its allocation.{' '}
        <Link className="text-brand-700 underline" href={`/production-lots/${encodeURIComponent(lot)}`}>
          The lot
        </Link>
      </p>
      {rows.length === 0 ? <p className="card text-slate-700">The lot&apos;s BOM has no components.</p> : <ForecastTable rows={rows} label={`Forecast for ${lot} by component`} />}
    </div>
  );
}
