// Label downloads for the portal's print links: the session's actor, the same
// print operation as the API; refusals in plain text (401 without a session,
// 404 for what the actor may not see).
import { labelPrintRequest, labelResponse } from '@/app/_server/label-response';
import { getActor } from '@/app/_server/session';
import { DomainError, httpStatusOf } from '@/lib/errors';
import { printLabels, printSelectedLabels, type LabelTarget, type PrintedLabels } from '@/lib/labels/print-labels';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

async function answer(print: () => Promise<PrintedLabels>): Promise<Response> {
  try {
    return labelResponse(await print());
  } catch (e) {
    if (e instanceof DomainError) return text(e.message, Math.min(httpStatusOf[e.code], 499));
    throw e;
  }
}

type Context = { params: Promise<{ file: string }> };

export function portalLabels(target: LabelTarget) {
  return async (request: Request, { params }: Context): Promise<Response> => {
    const actor = await getActor();
    if (!actor) return text('Sign in to print labels.', 401);
    const file = (await params).file;
    return answer(() => printLabels(actor, { target, ...labelPrintRequest(request, file) }));
  };
}

export async function portalSelectedLabels(request: Request, { params }: Context): Promise<Response> {
  const actor = await getActor();
  if (!actor) return text('Sign in to print labels.', 401);
  const file = (await params).file;
  return answer(() => printSelectedLabels(actor, labelPrintRequest(request, file)));
}
