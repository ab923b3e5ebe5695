// A report as a PDF (react-pdf): title and the filters in the header, the rows
// as a table with its column heads on every page, the totals at the end, the
// generation time and user with "Page n of N" in the footer of every page.
//
// Memory: react-pdf lays out a whole document in memory and cannot emit pages
// incrementally, and merging per-chunk PDFs needs a PDF merger we do not ship.
// So the PDF holds at most PDF_ROW_LIMIT rows: the rows are still read to the
// end (keyset batches, one at a time) so the totals cover the whole period, and
// a note in the PDF points to the CSV, which streams every row without a cap.
import path from 'node:path';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { Report, ReportColumn, ReportLine } from './report';

export const PDF_ROW_LIMIT = 5000;

// The table is monospaced, one <Text> per row with its cells padded to their widths: react-pdf spends about
// 0.4 ms laying out each <Text>, so a cell per <Text> made 1,000 rows take 12 s; a row per <Text> takes ~1 s.
const TABLE_FONT_SIZE = 6.5;
const LINE_HEIGHT = 1.25;
/** DejaVu Sans Mono's advance width is 1233/2048 em; A4 landscape is 842 pt wide, less 2 × 24 pt margins. */
const LINE_CHARS = Math.floor((842 - 48) / (TABLE_FONT_SIZE * (1233 / 2048)));
const LINES_PER_PAGE = Math.floor((595 - 28 - 36 - 14) / (TABLE_FONT_SIZE * LINE_HEIGHT)) - 1;
const FIRST_PAGE_LINES = LINES_PER_PAGE - 6;

/** Cell widths in characters from the columns' relative widths; a row's cells wrapped to their widths, padded. */
export function tableLayout(columns: ReportColumn[]) {
  const budget = LINE_CHARS - (columns.length - 1);
  const sum = columns.reduce((n, c) => n + c.width, 0);
  const chars = columns.map((c) => Math.max(3, Math.floor((budget * c.width) / sum)));
  const wrap = (value: string, width: number): string[] => {
    const out: string[] = [];
    let rest = value.replace(/\s+/g, ' ').trim();
    while (rest.length > width) {
      // Break at the last space (or after . / - _ @ ,) in the cell's second half, else mid-word.
      const space = rest.lastIndexOf(' ', width);
      const mark = Math.max(...['.', '/', '-', '_', '@', ','].map((m) => rest.lastIndexOf(m, width - 1) + 1));
      const at = Math.max(space, mark);
      const cut = at > width / 2 ? at : width;
      out.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    out.push(rest);
    return out;
  };
  return {
    chars,
    format(row: string[]): string[] {
      const cells = row.map((v, i) => wrap(v, chars[i]));
      const height = Math.max(...cells.map((c) => c.length));
      return Array.from({ length: height }, (_, k) =>
        cells
          .map((c, i) => (columns[i].align === 'right' ? (c[k] ?? '').padStart(chars[i]) : (c[k] ?? '').padEnd(chars[i])))
          .join(' ')
          .trimEnd(),
      );
    },
  };
}

const FONT = 'QuartermasterReportSans';
const MONO = 'QuartermasterReportMono';
let fontRegistered = false;
function registerFont() {
  if (fontRegistered) return;
  const dir = path.join(process.cwd(), 'lib/reports/fonts');
  Font.register({
    family: FONT,
    fonts: [
      { src: path.join(dir, 'DejaVuSansCondensed.ttf') },
      { src: path.join(dir, 'DejaVuSansCondensed-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  Font.register({ family: MONO, src: path.join(dir, 'DejaVuSansMono.ttf') });
  // Identifiers (SKUs, setting keys, e-mails) must read exactly: never hyphenate a word into "low-StockDefault".
  Font.registerHyphenationCallback((word) => [word]);
  fontRegistered = true;
}

const styles = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 7, paddingTop: 28, paddingBottom: 36, paddingHorizontal: 24 },
  title: { fontSize: 14, fontWeight: 'bold', marginBottom: 4 },
  filters: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 8 },
  filter: { marginRight: 12, fontSize: 8 },
  head: { fontFamily: MONO, fontSize: TABLE_FONT_SIZE, lineHeight: LINE_HEIGHT, borderBottomWidth: 0.75, borderColor: '#333', marginBottom: 1 },
  row: { fontFamily: MONO, fontSize: TABLE_FONT_SIZE, lineHeight: LINE_HEIGHT },
  totals: { marginTop: 10, fontSize: 8 },
  note: { marginTop: 8, fontSize: 8, fontWeight: 'bold' },
  footer: { position: 'absolute', bottom: 16, left: 24, right: 24, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7, color: '#444' },
});

export interface PdfOptions {
  generatedBy: string;
  generatedAt: Date;
  rowLimit?: number;
}

export async function renderReportPdf(report: Report, options: PdfOptions): Promise<Buffer> {
  registerFont();
  const limit = options.rowLimit ?? PDF_ROW_LIMIT;
  const shown: string[][] = [];
  let all = 0;
  for await (const row of report.rows) {
    all++;
    if (shown.length < limit) shown.push(row);
  }
  const totals = report.totals();
  const stamp = `${options.generatedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC`;
  const layout = tableLayout(report.columns);
  const head = (
    <Text style={styles.head} fixed>
      {layout.format(report.columns.map((c) => c.header)).join('\n')}
    </Text>
  );
  const footer = (
    <View style={styles.footer} fixed>
      <Text>
        Generated {stamp} by {options.generatedBy}
      </Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
  // One <Page> per chunk of rows: react-pdf re-lays out everything after a page break when it splits one long
  // page. A chunk that needs more room still flows onto an extra page (wrap), numbered like the rest.
  const chunks: string[][] = [[]];
  let used = 0;
  for (const row of shown) {
    const lines = layout.format(row);
    const budget = chunks.length === 1 ? FIRST_PAGE_LINES : LINES_PER_PAGE;
    if (used + lines.length > budget && chunks[chunks.length - 1].length) {
      chunks.push([]);
      used = 0;
    }
    chunks[chunks.length - 1].push(lines.join('\n'));
    used += lines.length;
  }

  const doc = (
    <Document title={report.title} author="Quartermaster" creator="Quartermaster">
      {chunks.map((rows, p) => (
        <Page key={p} size="A4" orientation="landscape" style={styles.page} wrap>
          {p === 0 ? (
            <>
              <Text style={styles.title}>{report.title}</Text>
              <View style={styles.filters}>
                {report.filters.map((f: ReportLine) => (
                  <Text key={f.label} style={styles.filter}>
                    {f.label}: {f.value}
                  </Text>
                ))}
              </View>
            </>
          ) : null}
          {head}
          {rows.map((text, r) => (
            <Text key={r} style={styles.row} wrap={false}>
              {text}
            </Text>
          ))}
          {p === chunks.length - 1 ? (
            <>
              {all === 0 ? <Text style={styles.note}>No rows match these filters.</Text> : null}
              {all > shown.length ? (
                <Text style={styles.note}>
                  Showing the first {shown.length} of {all} rows; the totals cover all {all}. Download the CSV of this report for every row.
                </Text>
              ) : null}
              <View style={styles.totals} wrap={false}>
                <Text style={{ fontWeight: 'bold' }}>Totals</Text>
                {totals.map((t) => (
                  <Text key={t.label}>
                    {t.label}: {t.value}
                  </Text>
                ))}
              </View>
            </>
          ) : null}
          {footer}
        </Page>
      ))}
    </Document>
  );
  return renderToBuffer(doc);
}
