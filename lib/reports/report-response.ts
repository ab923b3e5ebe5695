// A report as an HTTP response, shared by the portal's download route and the
// API: the report is opened (permission, scope, filters) before anything is
// sent, so every refusal is a DomainError the caller maps to its own format.
import { DomainError, invalid } from '../errors';
import type { Actor } from '../roles/actor';
import { openReport } from './open-report';
import { reportCsv } from './report-csv';
import { renderReportPdf } from './report-pdf';

const CSV_CHUNK_CHARS = 64 * 1024;

export type ReportFormat = 'pdf' | 'csv';

export function reportFormatOf(value: string | null): ReportFormat {
  const format = value?.trim().toLowerCase() || 'pdf';
  if (format !== 'pdf' && format !== 'csv') throw invalid('format', 'format is pdf or csv.');
  return format;
}

const stampOf = (d: Date) => d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');

export async function reportResponse(actor: Actor, slug: string, params: URLSearchParams, format: ReportFormat = reportFormatOf(params.get('format'))): Promise<Response> {
  const input = Object.fromEntries([...params.entries()].filter(([k]) => k !== 'format'));
  const report = await openReport(actor, slug, input);
  const now = new Date();
  const filename = `${report.slug}-${stampOf(now)}.${format}`;
  if (format === 'pdf') {
    const pdf = await renderReportPdf(report, { generatedAt: now, generatedBy: `${actor.name} (${actor.email})` });
    return new Response(new Uint8Array(pdf), {
      headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${filename}"`, 'cache-control': 'no-store' },
    });
  }
  const lines = reportCsv(report);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // Lines batched into chunks of a useful size; one chunk in memory at a time.
        let chunk = '';
        while (chunk.length < CSV_CHUNK_CHARS) {
          const next = await lines.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value;
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (e) {
        if (!(e instanceof DomainError)) console.error('report CSV failed mid-stream', e);
        controller.error(e);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' },
  });
}
