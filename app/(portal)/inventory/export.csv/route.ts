// CSV download of exactly the inventory view on screen (same search params),
// streamed line by line. Session-cookie authenticated; refusals are plain text.
import { getActor } from '@/app/_server/session';
import { DomainError, httpStatusOf } from '@/lib/errors';
import { exportPermittedInventoryCsv } from '@/lib/inventory/queries/export-inventory-for';
import { byLocation, domainFilter, filterParams } from '../_lib/inventory-filter-params';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return text('Sign in to export inventory.', 401);
  const filter = filterParams(Object.fromEntries(new URL(request.url).searchParams));
  const lines = exportPermittedInventoryCsv(actor, domainFilter(filter));
  let first: IteratorResult<string>;
  try {
    // The generator checks the export grant and the filter before its first line: refuse before any byte is sent.
    first = await lines.next();
  } catch (e) {
    if (e instanceof DomainError) return text(e.message, Math.min(httpStatusOf[e.code], 499));
    throw e;
  }
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | null = first;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = pending ?? (await lines.next());
        pending = null;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (e) {
        console.error('inventory export failed mid-stream', e);
        controller.error(e);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="inventory-by-${byLocation(filter) ? 'location' : 'item'}-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
