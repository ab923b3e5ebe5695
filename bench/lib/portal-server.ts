// A production portal for a benchmark: the shared build lock held while the
// build runs and the server is up, `next start` on 127.0.0.1, and the
// next-server process's resident memory read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale, nextBin, portalEnv, root } from '../../scripts/lib/portal';
import { loadSecrets } from '../../scripts/lib/secrets';

const LOCK = '/tmp/qm-next.lock';

/** Waits for the build lock (flock) and returns its release; without flock on the machine, no lock. */
export async function holdBuildLock(say: (m: string) => void): Promise<() => void> {
  // The holder exits (and the lock goes) when our end of its stdin closes, also if this process dies.
  const holder = spawn('flock', ['-o', LOCK, 'sh', '-c', 'echo locked; read _'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = setTimeout(() => say(`Waiting for the build lock ${LOCK} (another build or server holds it)...`), 1000);
  try {
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.once('data', () => resolve());
      holder.once('error', (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? resolve() : reject(e)));
      holder.once('exit', (code) => reject(new Error(`flock ended (${code}) before taking the lock`)));
    });
  } finally {
    clearTimeout(waiting);
  }
  return () => holder.stdin?.end();
}

export interface Portal {
  base: string;
  /** The next-server process (whose memory is sampled). */
  pid: number;
  stop: () => Promise<void>;
  /** SIGKILL, as a crash: nothing is cleaned up. */
  kill: () => void;
}

export interface PortalOptions {
  /** Extra environment (e.g. DB_POOL_SIZE). */
  env?: Record<string, string>;
  /** Lines the server writes to stderr; without it they go to this process's stderr. */
  onErrorLine?: (line: string) => void;
}

export async function startPortal(databaseUrl: string, port: number, say: (m: string) => void, options: PortalOptions = {}): Promise<Portal> {
  const env = { ...portalEnv(databaseUrl, loadSecrets(path.join(root, '.data'))), ...options.env };
  if (!buildIfStale(env, say)) throw new Error('The build failed (see above).');
  const stderr = options.onErrorLine ? 'pipe' : 'inherit';
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: ['ignore', 'ignore', stderr] });
  if (options.onErrorLine) child.stderr!.on('data', (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(options.onErrorLine!));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await waitForHttp(`${base}/signin`, child, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, pid: nextServerPid(child.pid!), stop, kill: () => void child.kill('SIGKILL') };
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.status < 500, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The portal did not answer ${url} within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The process titled next-server among the child and its descendants (Next may serve from the child itself). */
function nextServerPid(childPid: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => pid === childPid || (parentOf.has(pid) && pid > 1 && inTree(parentOf.get(pid)!));
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    if (safeRead(`/proc/${pid}/cmdline`).includes('next-server')) return pid;
  }
  return childPid;
}

const safeRead = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** Resident set size of a process in MiB (VmRSS), NaN once it is gone. */
export function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(safeRead(`/proc/${pid}/status`));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}
