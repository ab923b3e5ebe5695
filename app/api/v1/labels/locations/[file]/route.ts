// GET /api/v1/labels/locations/{code}: the storage unit's label; ?descendants=true adds every storage unit beneath it. As .pdf or .zpl (roll formats only);
// ?format= overrides the default label stock, ?barcode= the template's barcode.
import { labelPrintRequest, labelResponse } from '@/app/_server/label-response';
import { printLabels } from '@/lib/labels/print-labels';
import { withApiActor } from '../../../_lib/with-api-actor';

type Context = { params: Promise<{ file: string }> };

export const GET = withApiActor<Context>(async (actor, request, { params }) =>
  labelResponse(await printLabels(actor, { target: 'locations', ...labelPrintRequest(request, (await params).file) })),
);
