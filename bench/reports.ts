// Benchmark: a 100k-row movement audit as CSV and as PDF (time, peak RSS and
// peak heap while it runs) through the same code as the download route, next
// to a 1k-row audit measured in the same run. Both hold every row: the CSV
// streams them, the PDF is rendered in chunks of PDF_CHUNK_ROWS rows (one
// react-pdf document each) joined into one document with pdf-lib. Then the
// same PDF as a background report job (what the portal does): time to the
// first progress update, total time, and the file as stored.
// Usage: npm run bench:reports [-- --entries 100000] [-- --jobs-only]
import { fmt, startBenchDatabase } from './lib/bench-db';
import { loadSyntheticLedger } from './lib/synthetic-ledger';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ENTRIES = arg('entries', 100_000);
const ITEMS = Math.max(1, Math.round(ENTRIES / 1000)); // one item's entries: the 1k-row baseline
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

interface Figures {
  ms: number;
  bytes: number;
  rssPeakMb: number;
  rssGrowthMb: number;
  heapPeakMb: number;
}

async function measure(run: () => Promise<number>): Promise<Figures> {
  gc?.();
  const rss0 = process.memoryUsage().rss;
  let rssPeak = rss0;
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  };
  const timer = setInterval(sample, 10);
  const t = performance.now();
  const bytes = await run();
  const ms = performance.now() - t;
  clearInterval(timer);
  sample();
  return { ms, bytes, rssPeakMb: rssPeak / MB, rssGrowthMb: (rssPeak - rss0) / MB, heapPeakMb: heapPeak / MB };
}

const line = (label: string, f: Figures) =>
  console.log(
    `  ${label.padEnd(50)} ${fmt(f.ms / 1000, 2).padStart(7)} s  ${fmt(f.bytes / MB, 2).padStart(7)} MB out  peak RSS ${fmt(f.rssPeakMb, 0).padStart(5)} MB (+${fmt(f.rssGrowthMb, 0)})  peak heap ${fmt(f.heapPeakMb, 0).padStart(5)} MB`,
  );

const db = await startBenchDatabase();
process.env.DATABASE_URL = db.url;
try {
  const { pool, endPool } = await import('../lib/db/pool');
  const { loadActor } = await import('../lib/auth/load-actor');
  const { reportResponse } = await import('../lib/reports/report-response');
  const { PDF_CHUNK_ROWS } = await import('../lib/reports/report-pdf');
  const { startReportJob } = await import('../lib/reports/start-report-job');
  const { getReportJob } = await import('../lib/reports/read-report-jobs');
  const { reportJobEvents } = await import('../lib/reports/run-report-job');
  const t0 = performance.now();
  // The loader rebuilds every balance from the whole ledger (the seeded demo stock's too): start without the demo's.
  await pool().query('DELETE FROM "StockBalance"');
  await loadSyntheticLedger(pool(), { entries: ENTRIES, items: ITEMS, storageUnits: 400, batchesPerItem: 4 });
  const last = (await pool().query(`SELECT max("postedAt") AS at FROM "LedgerEntry" WHERE "groupId" IN (SELECT id FROM "PostingGroup" WHERE kind = 'synthetic')`)).rows[0].at as Date;
  const period = { from: '2025-01-01', to: last.toISOString().slice(0, 10) };
  console.log(
    `reports benchmark: ${ENTRIES.toLocaleString('en')} synthetic ledger entries, ${ITEMS} items (loaded in ${fmt((performance.now() - t0) / 1000)} s); PDF chunks of ${PDF_CHUNK_ROWS.toLocaleString('en')} rows${gc ? '' : ' (no --expose-gc: peaks include earlier garbage)'}`,
  );
  const admin = (await loadActor((await pool().query(`SELECT id FROM "User" WHERE email = 'admin@demo.local'`)).rows[0].id, 1))!;
  const bytesOf = async (res: Response) => {
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    let n = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) n += chunk.byteLength;
    return n;
  };
  const audit = (filter: Record<string, string>, format: 'csv' | 'pdf') => () => reportResponse(admin, 'movements', new URLSearchParams({ ...period, ...filter }), format).then(bytesOf);
  const one = { sku: 'SYN-000001' };
  const rows = async (filter: Record<string, string>) =>
    (await pool().query(`SELECT count(*)::int AS n FROM "LedgerEntry" e JOIN "Item" i ON i.id = e."itemId" WHERE e."postedAt" >= $1::date AND e."postedAt" < $3::date + 1 AND ($2::text IS NULL OR i.sku = $2)`, [period.from, filter.sku ?? null, period.to])).rows[0].n;
  const [small, large] = [await rows(one), await rows({})];

  await audit(one, 'pdf')(); // warm-up: fonts, modules, plans
  if (!process.argv.includes('--jobs-only')) {
    line(`baseline: CSV, ${small.toLocaleString('en')} rows (one item)`, await measure(audit(one, 'csv')));
    line(`baseline: PDF, ${small.toLocaleString('en')} rows (one item)`, await measure(audit(one, 'pdf')));
    line(`CSV, ${large.toLocaleString('en')} rows`, await measure(audit({}, 'csv')));
    line(`PDF, ${large.toLocaleString('en')} rows (every row printed)`, await measure(audit({}, 'pdf')));
  }

  // A background job: started (answered at once), progress after each chunk, the file stored in the database.
  let firstProgressMs = 0;
  let started = 0;
  const job = async () => {
    started = performance.now();
    const { id } = await startReportJob(admin, { report: 'movements', format: 'pdf', filters: period });
    const startedMs = performance.now() - started;
    const first = new Promise<void>((resolve) => {
      const on = (p: { id: string }) => {
        if (p.id !== id) return;
        firstProgressMs = performance.now() - started;
        reportJobEvents.off('progress', on);
        resolve();
      };
      reportJobEvents.on('progress', on);
    });
    await first;
    for (;;) {
      const state = await getReportJob(admin, id);
      if (state.state === 'failed') throw new Error(state.error ?? 'job failed');
      if (state.state === 'done') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    console.log(`  job: answered in ${fmt(startedMs / 1000, 3)} s, first progress after ${fmt(firstProgressMs / 1000, 2)} s`);
    return (await pool().query(`SELECT octet_length(file) AS n FROM "ReportJob" WHERE id = $1`, [id])).rows[0].n as number;
  };
  line(`PDF job, ${large.toLocaleString('en')} rows (background, stored)`, await measure(job));
  await endPool();
} finally {
  await db.stop();
}
