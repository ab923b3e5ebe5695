// Benchmark: 500 labels in one PDF (react-pdf, bwip-js barcodes) on a roll
// (500 pages) and on A4 sheets (21 pages), time and peak memory, next to a
// single label rendered in the same run; ZPL for the same 500 for comparison.
// No database: this measures the rendering that a print request ends with.
// Usage: npm run bench:labels [-- --labels 500]
import { labelFormat, type LabelFormatId } from '../lib/labels/label-formats';
import { itemLabel, lotLabel, type Label } from '../lib/labels/label-templates';
import { layoutLabel } from '../lib/labels/layout-label';
import { renderLabelsPdf } from '../lib/labels/render-labels-pdf';
import { renderLabelsZpl } from '../lib/labels/render-labels-zpl';
import { fmt } from './lib/bench-db';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('labels', 500);
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

// Each run gets batch numbers of its own, so no run profits from barcodes another one encoded.
let run = 0;
const labels = (n: number): Label[] => {
  const first = 1 + 10_000 * run++;
  return Array.from({ length: n }, (_, i) => lotLabel({ sku: `RES-10K-0603-${(i % 40) + 1}`, itemName: `Resistor 10 kΩ 0603 1 % reel ${i + 1}`, batchNumber: first + i, receivedAt: new Date(Date.UTC(2026, 10, 1 + (i % 28))) }));
};

/** Runs `work` while sampling rss and heapUsed every 5 ms; answers time and the peaks above the level before it. */
async function measure(work: () => Promise<number>): Promise<{ ms: number; bytes: number; rssPeak: number; rssRise: number; heapPeak: number; heapRise: number }> {
  gc?.();
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const t = performance.now();
  const bytes = await work();
  const ms = performance.now() - t;
  clearInterval(timer);
  sample();
  return { ms, bytes, rssPeak: rssPeak / MB, rssRise: (rssPeak - before.rss) / MB, heapPeak: heapPeak / MB, heapRise: (heapPeak - before.heapUsed) / MB };
}

async function pdfBytes(list: Label[], format: LabelFormatId): Promise<number> {
  let bytes = 0;
  for await (const chunk of await renderLabelsPdf(list, labelFormat(format))) bytes += (chunk as Buffer).length;
  return bytes;
}

const report = (label: string, m: Awaited<ReturnType<typeof measure>>) =>
  console.log(
    `  ${label.padEnd(44)} ${fmt(m.ms, 0).padStart(7)} ms  ${fmt(m.bytes / 1024, 0).padStart(6)} KiB  rss peak ${fmt(m.rssPeak, 0).padStart(5)} MiB (+${fmt(m.rssRise, 0)})  heapUsed peak ${fmt(m.heapPeak, 0).padStart(5)} MiB (+${fmt(m.heapRise, 0)})`,
  );

{
  // Batch codes such as RES-10K-0603-7#0007 are too long for Code 128 at 0.25 mm on 62 mm: those print as Data Matrix.
  const sample = labels(COUNT);
  run = 0;
  const roll = labelFormat('roll-62x29');
  const a4 = labelFormat('a4-3x8');
  const switched = (f: typeof roll) => sample.filter((l) => layoutLabel(l, f.label, f.stock).switchedToDataMatrix).length;
  console.log(`labels benchmark: ${COUNT} batch labels, Node ${process.version}${gc ? '' : ' (run with --expose-gc for steadier memory figures)'}`);
  console.log(`  Code 128 where it fits at 0.25 mm per bar, else Data Matrix: ${switched(roll)} of ${COUNT} as Data Matrix on the roll, ${switched(a4)} on A4`);
}
// Warm-up: fonts, react-pdf and bwip-js loaded and compiled before anything is timed.
await pdfBytes(labels(3), 'roll-62x29');
report('baseline: 1 label, 62×29 mm roll', await measure(() => pdfBytes(labels(1), 'roll-62x29')));
report(`${COUNT} labels, 62×29 mm roll (${COUNT} pages)`, await measure(() => pdfBytes(labels(COUNT), 'roll-62x29')));
report(`${COUNT} item labels, short SKUs in Code 128, roll`, await measure(() => pdfBytes(Array.from({ length: COUNT }, (_, i) => itemLabel({ sku: `R-${run}-${i}`, name: 'Resistor 10 kΩ 0603', barcode: null })), 'roll-62x29')));
report(`${COUNT} labels, A4 3×8 sheets (${Math.ceil(COUNT / 24)} pages)`, await measure(() => pdfBytes(labels(COUNT), 'a4-3x8')));
report(`${COUNT} labels, ZPL 62×29 mm`, await measure(async () => Buffer.byteLength(renderLabelsZpl(labels(COUNT), labelFormat('roll-62x29')))));
