// A BOM from a CSV file (header sku,quantityPer,designators,alternates; alternates
// separated by ;). Saved as a new version like any other save; refusals name
// the file's row (the header is row 1). Any text gives an answer, never a crash.
import { DomainError, invalid } from '../../../lib/errors';
import { requirePluginPermission } from '../../../lib/plugins';
import type { Actor } from '../../../lib/roles/actor';
import { BOM_MAX_LINES } from './bom-schemas';
import { parseCsv } from './parse-csv';
import { saveBom, type SavedBom } from './save-bom';

export const BOM_CSV_COLUMNS = ['sku', 'quantityPer', 'designators', 'alternates'] as const;
const MAX_LISTED = 10;

export async function importBomCsv(actor: Actor, sku: unknown, csvText: unknown): Promise<SavedBom> {
  requirePluginPermission(actor, 'lots.manage');
  const parsed = parseCsv(csvText);
  if (!parsed.ok) throw invalid('csv', parsed.line ? `Row ${parsed.line}: ${parsed.reason}` : parsed.reason);
  const [header, ...body] = parsed.rows;
  if (!header) throw invalid('csv', `The file is empty; its first row is the header ${BOM_CSV_COLUMNS.join(',')}.`);
  const names = header.map((h) => h.trim().toLowerCase());
  const column = Object.fromEntries(BOM_CSV_COLUMNS.map((c) => [c, names.indexOf(c.toLowerCase())])) as Record<(typeof BOM_CSV_COLUMNS)[number], number>;
  if (column.sku < 0 || column.quantityPer < 0) throw invalid('csv', `Row 1 must be the header ${BOM_CSV_COLUMNS.join(',')} (sku and quantityPer are required).`);
  if (!body.length) throw invalid('csv', 'The file has a header but no lines.');
  if (body.length > BOM_MAX_LINES) throw invalid('csv', `At most ${BOM_MAX_LINES} lines.`);
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
  const lines = body.map((row) => ({
    sku: cell(row, column.sku),
    quantityPer: cell(row, column.quantityPer),
    designators: cell(row, column.designators),
    alternates: cell(row, column.alternates),
  }));
  try {
    return await saveBom(actor, { product: sku, lines });
  } catch (e) {
    if (!(e instanceof DomainError) || e.code !== 'INVALID_INPUT') throw e;
    // lines.N.field → the file's row N + 2 (the header is row 1).
    const rows: string[] = [];
    const fieldErrors: Record<string, string> = {};
    for (const [key, message] of Object.entries(e.fieldErrors)) {
      const m = /^lines\.(\d+)\.(\w+)$/.exec(key);
      if (m) {
        const row = Number(m[1]) + 2;
        fieldErrors[`rows.${row}`] ??= message;
        rows.push(`Row ${row} (${m[2]}): ${message}`);
      } else if (key === 'product') fieldErrors.product = message;
      else rows.push(message);
    }
    const listed = rows.slice(0, MAX_LISTED).join(' ') + (rows.length > MAX_LISTED ? ` …and ${rows.length - MAX_LISTED} more.` : '');
    if (listed) fieldErrors.csv = listed;
    throw new DomainError('INVALID_INPUT', fieldErrors.product || listed || e.message, fieldErrors);
  }
}
