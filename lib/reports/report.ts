// What every audit report is to the PDF and CSV writers: a title, the filters
// as printed, columns, a single pass over its rows (read from the database in
// keyset batches, never all at once) and totals known once the rows are read.

export interface ReportColumn {
  header: string;
  /** Relative width in the PDF table. */
  width: number;
  align?: 'right';
}

export interface ReportLine {
  label: string;
  value: string;
}

export interface Report {
  slug: ReportSlug;
  title: string;
  /** The filters as the reader should see them in the header ("Site: CHI"); every filter, "any" when blank. */
  filters: ReportLine[];
  columns: ReportColumn[];
  /** Read once. Throws nothing the caller could have prevented: filters were checked when the report was opened. */
  rows: AsyncIterable<string[]>;
  /** Valid after `rows` has been read to the end. */
  totals(): ReportLine[];
  /** How many rows `rows` will yield, where one query can tell cheaply (for a background job's progress bar). */
  countRows?(): Promise<number>;
}

export const REPORT_SLUGS = ['movements', 'valuation', 'defects', 'config-audit'] as const;
export type ReportSlug = (typeof REPORT_SLUGS)[number];
export const isReportSlug = (s: string): s is ReportSlug => (REPORT_SLUGS as readonly string[]).includes(s);

export const REPORT_TITLES: Record<ReportSlug, string> = {
  movements: 'Movement audit',
  valuation: 'Inventory valuation',
  defects: 'Defect report',
  'config-audit': 'Configuration audit',
};

/** Money as integer cents, so totals of 100k rows add up exactly. */
export function centsOf(text: string | null | undefined): bigint {
  if (!text) return 0n;
  const m = /^(-?)(\d+)(?:\.(\d{1,2})\d*)?$/.exec(text.trim());
  if (!m) return 0n;
  const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

export function formatCents(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  return `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export const anyIfBlank = (v: string | null | undefined) => (v ? v : 'any');
