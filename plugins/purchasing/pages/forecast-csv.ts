// GET /purchasing/forecast.csv — the forecast roll-up as a download (session
// cookie); refusals in plain text, a disabled plugin or missing permission 404.
import { getActor } from '@/app/_server/session';
import { DomainError, httpStatusOf } from '@/lib/errors';
import { forecastCsv } from '../lib/forecast-actions';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function getForecastCsv(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return text('Sign in to download the forecast.', 401);
  try {
    const csv = await forecastCsv(actor);
    return new Response(csv, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="forecast-${new Date().toISOString().slice(0, 10)}.csv"`, 'cache-control': 'no-store' },
    });
  } catch (e) {
    if (e instanceof DomainError) return text(e.message, Math.min(httpStatusOf[e.code], 499));
    throw e;
  }
}
