// A report as a PDF (react-pdf): the title and the filters in the header and
// the column heads on every page, the rows as a table, the totals at the end,
// the generation time and user with "Page n of N" in the footer of every page.
//
// Memory: react-pdf lays out a whole document in memory and cannot emit pages
// incrementally, so the rows are rendered in chunks of PDF_CHUNK_ROWS rows (read
// from the report's keyset batches), one react-pdf document per chunk, and each
// chunk's pages are copied into the output document (pdf-lib) as soon as the
// chunk is rendered: only one chunk's layout is in memory at a time, whatever
// the row count. The page numbers are stamped with pdf-lib after the last chunk,
// when the page count is known.
import path from 'node:path';
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Report, ReportColumn, ReportLine } from './report';

/** Rows per react-pdf document: 2,000 rows lay out in a couple of seconds and a few hundred MB at most. */
export const PDF_CHUNK_ROWS = 2000;

// The table is monospaced, one <Text> per row with its cells padded to their widths: react-pdf spends about
// 0.4 ms laying out each <Text>, so a cell per <Text> made 1,000 rows take 12 s; a row per <Text> takes ~1 s.
const TABLE_FONT_SIZE = 6.5;
const LINE_HEIGHT = 1.25;
/** DejaVu Sans Mono's advance width is 1233/2048 em; A4 landscape is 842 pt wide, less 2 × 24 pt margins. */
const LINE_CHARS = Math.floor((842 - 48) / (TABLE_FONT_SIZE * (1233 / 2048)));
const LINES_PER_PAGE = Math.floor((595 - 28 - 36 - 14) / (TABLE_FONT_SIZE * LINE_HEIGHT)) - 1;
/** Every page starts with the title and the filters. */
export const PAGE_LINES = LINES_PER_PAGE - 6;

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
  /** Rows per react-pdf document (tests use a small one to cross chunk boundaries). */
  chunkRows?: number;
  /** Called with the rows printed so far after each chunk is rendered (a background job's progress). */
  onProgress?: (rowsDone: number) => Promise<void> | void;
}

interface Chunk {
  /** Whole pages of rows, each row its table lines joined. */
  pages: string[][];
  /** Set on the last chunk: the row count of the whole report and its totals. */
  end?: { all: number; totals: ReportLine[] };
}

/** One chunk of pages as a react-pdf document; its pages carry no page numbers (stamped after the merge). */
function chunkDocument(report: Report, layout: ReturnType<typeof tableLayout>, generated: string, chunk: Chunk) {
  const pages = chunk.pages.length ? chunk.pages : [[]];
  const header = (
    <View fixed>
      <Text style={styles.title}>{report.title}</Text>
      <View style={styles.filters}>
        {report.filters.map((f: ReportLine) => (
          <Text key={f.label} style={styles.filter}>
            {f.label}: {f.value}
          </Text>
        ))}
      </View>
      <Text style={styles.head}>{layout.format(report.columns.map((c) => c.header)).join('\n')}</Text>
    </View>
  );
  const footer = (
    <View style={styles.footer} fixed>
      <Text>{generated}</Text>
    </View>
  );
  return (
    <Document title={report.title} author="Quartermaster" creator="Quartermaster">
      {pages.map((rows, p) => (
        <Page key={p} size="A4" orientation="landscape" style={styles.page} wrap>
          {header}
          {rows.map((text, r) => (
            <Text key={r} style={styles.row} wrap={false}>
              {text}
            </Text>
          ))}
          {chunk.end && p === pages.length - 1 ? (
            <>
              {chunk.end.all === 0 ? <Text style={styles.note}>No rows match these filters.</Text> : null}
              <View style={styles.totals} wrap={false}>
                <Text style={{ fontWeight: 'bold' }}>Totals</Text>
                {chunk.end.totals.map((t) => (
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
}

export async function renderReportPdf(report: Report, options: PdfOptions): Promise<Uint8Array> {
  registerFont();
  const chunkRows = Math.max(1, options.chunkRows ?? PDF_CHUNK_ROWS);
  const generated = `Generated ${options.generatedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC by ${options.generatedBy}`;
  const layout = tableLayout(report.columns);
  const out = await PDFDocument.create();
  out.setTitle(report.title);
  out.setAuthor('Quartermaster');
  out.setCreator('Quartermaster');
  out.setProducer('Quartermaster');
  out.setCreationDate(options.generatedAt);
  out.setModificationDate(options.generatedAt);

  // Rows go onto pages of PAGE_LINES table lines (one <Page> per page's worth: react-pdf re-lays out everything
  // after a page break when it splits one long page; a page that needs more room still flows onto an extra page).
  // A chunk is closed at a page break once it holds chunkRows rows, so every page but the last is full.
  const render = async (chunk: Chunk) => {
    const part = await PDFDocument.load(await renderToBuffer(chunkDocument(report, layout, generated, chunk)));
    for (const page of await out.copyPages(part, part.getPageIndices())) out.addPage(page);
    await options.onProgress?.(all);
  };
  let pages: string[][] = [];
  let chunkRowCount = 0;
  let used = PAGE_LINES;
  let all = 0;
  for await (const row of report.rows) {
    const lines = layout.format(row);
    if (used + lines.length > PAGE_LINES) {
      if (chunkRowCount >= chunkRows) {
        await render({ pages });
        pages = [];
        chunkRowCount = 0;
      }
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1].push(lines.join('\n'));
    used += lines.length;
    chunkRowCount++;
    all++;
  }
  await render({ pages, end: { all, totals: report.totals() } });

  // "Page n of N" where the react-pdf footer leaves room for it: right-aligned, 7 pt, on the footer's baseline.
  const font = await out.embedFont(StandardFonts.Helvetica);
  const numbered = out.getPages();
  numbered.forEach((page, i) => {
    const text = `Page ${i + 1} of ${numbered.length}`;
    const size = 7;
    page.drawText(text, { x: page.getWidth() - 24 - font.widthOfTextAtSize(text, size), y: 18, size, font, color: rgb(0x44 / 255, 0x44 / 255, 0x44 / 255) });
  });
  return out.save();
}
