// A report as CSV: the header line, then one line per row as the rows are read
// (nothing is collected), cells neutralised against spreadsheet formulas.
import { csvLine } from '../csv';
import type { Report } from './report';

export async function* reportCsv(report: Report): AsyncGenerator<string> {
  yield csvLine(report.columns.map((c) => c.header));
  for await (const row of report.rows) yield csvLine(row);
}
