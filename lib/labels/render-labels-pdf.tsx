// Labels as a PDF (react-pdf), streamed: one page per label on a roll, a grid
// of labels per page on a sheet. Printed at 100 % every size is true to the
// label stock; the barcode is a bwip-js PNG stretched to a whole number of
// 203 dpi dots per module (see layout-label.ts).
import path from 'node:path';
import { Document, Font, Image, Page, Text, View, renderToStream } from '@react-pdf/renderer';
import { symbolPng } from './barcode-symbol';
import { DOT_MM, MM_TO_PT, type LabelFormat } from './label-formats';
import type { Label } from './label-templates';
import { layoutLabel, type LabelLayout } from './layout-label';

const FAMILY = 'DejaVu Sans';
let fontsRegistered = false;

/** DejaVu Sans ships in assets/fonts (Bitstream Vera licence): embedded, so every viewer prints the same glyphs. */
function registerFonts() {
  if (fontsRegistered) return;
  const dir = path.join(process.cwd(), 'assets/fonts');
  Font.register({ family: FAMILY, fonts: [{ src: path.join(dir, 'DejaVuSans.ttf') }, { src: path.join(dir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' }] });
  // SKUs and serials must never be hyphenated across lines.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

const pt = (dots: number) => dots * DOT_MM * MM_TO_PT;

interface PreparedLabel {
  layout: LabelLayout;
  png: Buffer;
  value: string;
}

function LabelView({ label, left, top, size }: { label: PreparedLabel; left: number; top: number; size: { width: number; height: number } }) {
  const { layout, png } = label;
  return (
    // The label's true size, not its size in whole dots (a fraction of a dot more would spill onto a new page).
    <View style={{ position: 'absolute', left, top, width: size.width * MM_TO_PT, height: size.height * MM_TO_PT, overflow: 'hidden' }}>
      {layout.texts.map((t, i) => (
        <Text
          key={i}
          style={{ position: 'absolute', left: pt(t.x), top: pt(t.y), width: pt(t.width), fontSize: pt(t.size), lineHeight: 1, fontWeight: t.bold ? 'bold' : 'normal', maxLines: 1, textOverflow: 'ellipsis' }}
        >
          {t.text}
        </Text>
      ))}
      <Image
        src={{ data: png, format: 'png' }}
        style={{ position: 'absolute', left: pt(layout.barcode.x), top: pt(layout.barcode.y), width: pt(layout.barcode.width), height: pt(layout.barcode.height), objectFit: 'fill' }}
      />
    </View>
  );
}

export async function prepareLabels(labels: Label[], format: LabelFormat): Promise<PreparedLabel[]> {
  return Promise.all(
    labels.map(async (label) => {
      const layout = layoutLabel(label, format.label, format.stock);
      return { layout, png: symbolPng(layout.symbology, label.barcode.value), value: label.barcode.value };
    }),
  );
}

function LabelsDocument({ labels, format }: { labels: PreparedLabel[]; format: LabelFormat }) {
  const perPage = format.columns * format.rows;
  const pages: PreparedLabel[][] = [];
  for (let i = 0; i < labels.length; i += perPage) pages.push(labels.slice(i, i + perPage));
  return (
    <Document title="Labels" creator="Quartermaster" producer="Quartermaster">
      {pages.map((page, p) => (
        <Page key={p} size={{ width: format.page.width * MM_TO_PT, height: format.page.height * MM_TO_PT }} style={{ fontFamily: FAMILY }}>
          {page.map((label, i) => (
            <LabelView
              key={i}
              label={label}
              size={format.label}
              left={(format.origin.x + (i % format.columns) * format.pitch.x) * MM_TO_PT}
              top={(format.origin.y + Math.floor(i / format.columns) * format.pitch.y) * MM_TO_PT}
            />
          ))}
        </Page>
      ))}
    </Document>
  );
}

/** The PDF as a Node stream; at least one label (an empty PDF prints nothing useful). */
export async function renderLabelsPdf(labels: Label[], format: LabelFormat): Promise<NodeJS.ReadableStream> {
  if (!labels.length) throw new Error('renderLabelsPdf needs at least one label');
  registerFonts();
  const prepared = await prepareLabels(labels, format);
  return renderToStream(<LabelsDocument labels={prepared} format={format} />);
}
