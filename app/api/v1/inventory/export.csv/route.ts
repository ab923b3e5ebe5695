// GET /api/v1/inventory/export.csv — the same view as GET /inventory as a CSV
// file, streamed; needs the export permission.
import { exportPermittedInventoryCsv } from '@/lib/inventory/queries/export-inventory-for';
import { streamDownload } from '../../_lib/stream-download';
import { withApiActor } from '../../_lib/with-api-actor';
import { inventoryFilterOf } from '../_lib/inventory-rows';

export const GET = withApiActor(async (actor, request) =>
  streamDownload(exportPermittedInventoryCsv(actor, inventoryFilterOf(request)), {
    contentType: 'text/csv; charset=utf-8',
    filename: `inventory-${new Date().toISOString().slice(0, 10)}.csv`,
  }),
);
