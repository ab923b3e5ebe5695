// `npm run ledger:snapshot`: build the missing month-start stock snapshots (up to the last complete month).
// Months after one in which nothing was posted need none and are only counted.
import { endPool } from '../lib/db/pool';
import { ensureSnapshots, snapshotCalendar } from '../lib/inventory/snapshots/ensure-snapshots';

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to the database to snapshot (npm start prints where the embedded one runs: .data/pg-port).');
  process.exit(2);
}
const started = performance.now();
const results = await ensureSnapshots((r, ms) => {
  const how = r.built ? `built ${r.rows} lot(s) from ${r.from ? `the ${r.from} snapshot` : 'the whole ledger'}` : 'already there';
  console.log(`${r.monthStart}: ${how} in ${(ms / 1000).toFixed(2)} s`);
});
const idle = (await snapshotCalendar()).filter((m) => !m.posted).length;
await endPool();
const built = results.filter((r) => r.built).length;
console.log(`${built} month snapshot(s) built in ${((performance.now() - started) / 1000).toFixed(2)} s; ${idle} month(s) after a month without postings need none.`);
