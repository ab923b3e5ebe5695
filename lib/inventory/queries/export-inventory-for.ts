// The inventory CSV export for callers that need the export permission checked
// (the API, a download route): viewing stock is not the same as taking it away
// as a file. Like exportInventoryCsv, it throws before the first line is yielded.
import { requirePermission, type Actor } from '../../roles/actor';
import { exportInventoryCsv } from './export-inventory';

export async function* exportPermittedInventoryCsv(actor: Actor, filter: unknown): AsyncGenerator<string> {
  requirePermission(actor, 'inventory.export');
  yield* exportInventoryCsv(actor, filter);
}
