// Reads a streamed CSV download to its end, counting rows as they arrive and
// sampling the server process's resident memory (VmRSS) every 50 ms.
import { rssMiB } from './portal-server';

export interface ExportFigures {
  status: number;
  rows: number;
  bytes: number;
  seconds: number;
  firstByteMs: number;
  rssBefore: number;
  rssPeak: number;
  /** RSS when a quarter, half, three quarters and all of the rows had arrived (flat memory: these stay level). */
  rssAtQuarters: number[];
}

export async function measureExport(url: string, headers: Record<string, string>, serverPid: number, expectedRows?: number): Promise<ExportFigures> {
  const rssBefore = rssMiB(serverPid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(serverPid))), 50);
  const t0 = performance.now();
  let lines = 0;
  let bytes = 0;
  let firstByteMs = Number.NaN;
  const marks: { lines: number; rss: number }[] = [];
  try {
    const res = await fetch(url, { headers });
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - t0;
      bytes += value.length;
      for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines++;
      if (lines - (marks.at(-1)?.lines ?? 0) >= 10_000) marks.push({ lines, rss: rssMiB(serverPid) });
    }
    const seconds = (performance.now() - t0) / 1000;
    marks.push({ lines, rss: rssMiB(serverPid) });
    const total = expectedRows ?? lines;
    const at = (q: number) => marks.find((m) => m.lines >= q * total)?.rss ?? Number.NaN;
    return { status: res.status, rows: Math.max(0, lines - 1), bytes, seconds, firstByteMs, rssBefore, rssPeak, rssAtQuarters: [0.25, 0.5, 0.75, 1].map(at) };
  } finally {
    clearInterval(sampler);
  }
}
