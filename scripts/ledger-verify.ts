// `npm run ledger:verify`: recompute balances from the ledger; exit 1 on any difference.
import { verifyLedger } from '../lib/inventory/verify-ledger';
import { endPool, pool } from '../lib/db/pool';

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to the database to verify (npm start prints where the embedded one runs: .data/pg-port).');
  process.exit(2);
}
const started = performance.now();
const report = await verifyLedger(pool());
await endPool();
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const d of report.differences.slice(0, 50)) {
  console.log(`item ${d.itemId} location ${d.locationId} batch ${d.batchId} ${d.status}: ledger ${d.ledger}, cached ${d.cached}`);
}
console.log(`${report.entries} ledger entries, ${report.lots} lots checked in ${seconds} s: ${report.differences.length} difference(s), ${report.negative} lot(s) below zero.`);
process.exit(report.differences.length || report.negative ? 1 : 0);
