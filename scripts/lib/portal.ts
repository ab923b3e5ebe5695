// What `npm start` and the load/fault suites share: the production build when
// stale, and the environment every portal instance runs with.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIsCurrent, markBuilt, sourceFingerprint } from './build-fingerprint';
import type { Secrets } from './secrets';

export const root = path.resolve(import.meta.dirname, '../..');
export const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

/** The environment of one portal instance; instances behind one load balancer must share the secrets. */
export function portalEnv(databaseUrl: string, secrets: Secrets): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secrets.NEXTAUTH_SECRET,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    // Database timestamps are stored without a zone, in UTC; node-pg reads such values in the process's zone.
    TZ: 'UTC',
  };
}

/** Runs `next build` unless the last build saw the same sources; false when the build failed. */
export function buildIfStale(env: NodeJS.ProcessEnv, say: (m: string) => void): boolean {
  const fingerprint = sourceFingerprint(root, env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? '');
  if (buildIsCurrent(root, fingerprint)) return true;
  say('Building the portal (first start or changed sources)...');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) return false;
  markBuilt(root, fingerprint);
  return true;
}
