// An audit report as a download: ?format=pdf (inline, for the browser's viewer)
// or ?format=csv (attachment, streamed line by line), filters as query params.
// Session-cookie authenticated; refusals and bad filters are plain text.
import { getActor } from '@/app/_server/session';
import { DomainError, httpStatusOf } from '@/lib/errors';
import { reportResponse } from '@/lib/reports/report-response';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }): Promise<Response> {
  const actor = await getActor();
  if (!actor) return text('Sign in to open reports.', 401);
  try {
    return await reportResponse(actor, (await params).report, new URL(request.url).searchParams);
  } catch (e) {
    if (e instanceof DomainError) return text(e.message, Math.min(httpStatusOf[e.code], 499));
    throw e;
  }
}
