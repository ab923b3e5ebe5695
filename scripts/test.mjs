// `npm test`: unit + integration (vitest, real PostgreSQL) then browser tests
// (Playwright, real Chromium). Ends with one line "N passed, N failed" over all
// suites (also written to .test-results/summary.txt), and fails when a suite
// fails or when nothing was tested.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const started = Date.now();

function run(label, cmd, args) {
  console.log(`\n=== ${label} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(`=== ${label}: exit ${r.status ?? r.signal} in ${((Date.now() - t) / 1000).toFixed(1)} s ===`);
  return r.status === 0;
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const suites = [];
const vitestOk = run('unit + integration (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(out, 'vitest.json')}`]);
const v = readJson(path.join(out, 'vitest.json'));
suites.push({ name: 'vitest', ok: vitestOk, passed: v?.numPassedTests ?? 0, failed: (v?.numFailedTests ?? 0) + (v ? 0 : 1) });

const e2eOk = run('browser (playwright)', bin('playwright'), ['test']);
const e = readJson(path.join(out, 'e2e.json'));
suites.push({ name: 'e2e', ok: e2eOk, passed: e?.stats?.expected ?? 0, failed: (e?.stats?.unexpected ?? 0) + (e?.stats?.flaky ?? 0) + (e ? 0 : 1) });

const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`\n${suites.map((s) => `${s.name}: ${s.passed} passed, ${s.failed} failed`).join(' | ')} | ${((Date.now() - started) / 1000).toFixed(0)} s`);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(path.join(out, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(suites.every((s) => s.ok) && failed === 0 && passed > 0 ? 0 : 1);
