// A printed-labels result as an HTTP response: the PDF inline (it opens in the
// browser's viewer, ready to print at 100 %), ZPL as a file for the printer.
import { Readable } from 'node:stream';
import { routeParam } from '@/app/(portal)/inventory/_lib/search-params';
import type { PrintedLabels } from '@/lib/labels/print-labels';

export function labelResponse(printed: PrintedLabels): Response {
  const common = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-label-count': String(printed.count) };
  if (printed.type === 'zpl') {
    return new Response(printed.text, {
      headers: { ...common, 'content-type': 'application/zpl; charset=utf-8', 'content-disposition': `attachment; filename="${printed.filename}"` },
    });
  }
  const body = Readable.toWeb(printed.stream as Readable) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { ...common, 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${printed.filename}"` } });
}

export const labelPrintRequest = (request: Request, file: string) => {
  const query = new URL(request.url).searchParams;
  // A batch key arrives as LDR-4.1%230002.pdf: its "#" must be decoded, as Next does for params.
  return { file: routeParam(file), format: query.get('format'), barcode: query.get('barcode'), descendants: query.get('descendants'), keys: query.getAll('key') };
};
