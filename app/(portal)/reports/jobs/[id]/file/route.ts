// GET /reports/jobs/{id}/file — a finished report job's file, read from the
// database (any instance can answer). The PDF opens in the browser's viewer,
// or downloads with ?download=1; a CSV always downloads. Another user's is 404.
import { getActor } from '@/app/_server/session';
import { DomainError, httpStatusOf } from '@/lib/errors';
import { downloadReportJob } from '@/lib/reports/read-report-jobs';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return text('Sign in to open reports.', 401);
  try {
    const file = await downloadReportJob(actor, (await params).id);
    const inline = file.contentType === 'application/pdf' && new URL(request.url).searchParams.get('download') !== '1';
    return new Response(file.body, {
      headers: { 'content-type': file.contentType, 'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${file.fileName}"`, 'cache-control': 'private, no-store' },
    });
  } catch (e) {
    if (e instanceof DomainError) return text(e.message, httpStatusOf[e.code]);
    throw e;
  }
}
