// A report as a PDF (react-pdf): title and the filters in the header, the rows
// as a table repeated-header-free but with the column heads on every page, the
// totals at the end, generation time and user with "Page n of N" in the footer.
//
// Memory: react-pdf lays out a whole document in memory and cannot emit pages
// incrementally, and merging per-chunk PDFs needs a PDF merger we do not ship.
// So the PDF holds at most PDF_ROW_LIMIT rows: the rows are still read to the
// end (keyset batches, one at a time) so the totals cover the whole period, and
// a note in the PDF points to the CSV, which streams every row without a cap.
import path from 'node:path';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { Report, ReportLine } from './report';

export const PDF_ROW_LIMIT = 5000;

const FONT = 'QuartermasterReportSans';
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
  // Identifiers (SKUs, setting keys, e-mails) must read exactly: never hyphenate a word into "low-StockDefault".
  Font.registerHyphenationCallback((word) => [word]);
  fontRegistered = true;
}

const styles = StyleSheet.create({
  page: { fontFamily: FONT, fontSize: 7, paddingTop: 28, paddingBottom: 36, paddingHorizontal: 24 },
  title: { fontSize: 14, fontWeight: 'bold', marginBottom: 4 },
  filters: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 8 },
  filter: { marginRight: 12, fontSize: 8 },
  head: { flexDirection: 'row', borderBottomWidth: 0.75, borderColor: '#333', paddingBottom: 2, marginBottom: 2, fontWeight: 'bold' },
  row: { flexDirection: 'row', borderBottomWidth: 0.25, borderColor: '#bbb', paddingVertical: 1 },
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
  const widthSum = report.columns.reduce((s, c) => s + c.width, 0);
  const widths = report.columns.map((c) => `${((c.width / widthSum) * 100).toFixed(2)}%`);
  const cellStyles = report.columns.map((c, i) => ({ paddingRight: 3, width: widths[i], textAlign: (c.align ?? 'left') as 'left' | 'right' }));
  const cell = (i: number) => cellStyles[i];
  const stamp = `${options.generatedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC`;

  const doc = (
    <Document title={report.title} author="Quartermaster" creator="Quartermaster">
      <Page size="A4" orientation="landscape" style={styles.page} wrap>
        <Text style={styles.title}>{report.title}</Text>
        <View style={styles.filters}>
          {report.filters.map((f: ReportLine) => (
            <Text key={f.label} style={styles.filter}>
              {f.label}: {f.value}
            </Text>
          ))}
        </View>
        <View style={styles.head} fixed>
          {report.columns.map((c, i) => (
            <Text key={c.header} style={cell(i)}>
              {c.header}
            </Text>
          ))}
        </View>
        {shown.map((row, r) => (
          <View key={r} style={styles.row} wrap={false}>
            {row.map((v, i) => (
              <Text key={i} style={cell(i)}>
                {v}
              </Text>
            ))}
          </View>
        ))}
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
        <View style={styles.footer} fixed>
          <Text>
            Generated {stamp} by {options.generatedBy}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
