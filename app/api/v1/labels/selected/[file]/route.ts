// GET /api/v1/labels/selected/{items|serials}.pdf|.zpl?key=…&key=… — labels for
// several items or serials at once, in the order given; ?format= and ?barcode= as for one.
import { labelPrintRequest, labelResponse } from '@/app/_server/label-response';
import { printSelectedLabels } from '@/lib/labels/print-labels';
import { withApiActor } from '../../../_lib/with-api-actor';

type Context = { params: Promise<{ file: string }> };

export const GET = withApiActor<Context>(async (actor, request, { params }) =>
  labelResponse(await printSelectedLabels(actor, labelPrintRequest(request, (await params).file))),
);
