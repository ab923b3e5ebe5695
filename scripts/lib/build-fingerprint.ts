// Decides whether the production build is stale: a hash over the sizes and
// modification times of everything the build reads.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'lib', 'plugins', 'public', 'next.config.ts', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs', 'prisma/schema.prisma'];

function walk(root: string, rel: string, out: string[]): void {
  const abs = path.join(root, rel);
  if (!existsSync(abs)) return;
  const st = statSync(abs);
  if (st.isDirectory()) {
    for (const name of readdirSync(abs).sort()) if (name !== 'node_modules' && !name.startsWith('.')) walk(root, path.join(rel, name), out);
  } else {
    out.push(`${rel}:${st.size}:${st.mtimeMs}`);
  }
}

/** `extra` carries build-time settings (the server-actions key is embedded in the build). */
export function sourceFingerprint(root: string, extra = ''): string {
  const entries: string[] = [extra];
  for (const input of INPUTS) walk(root, input, entries);
  return createHash('sha256').update(entries.join('\n')).digest('hex');
}

const stampFile = (root: string) => path.join(root, '.next', 'quartermaster-build');

export function buildIsCurrent(root: string, fingerprint: string): boolean {
  const stamp = stampFile(root);
  return existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
}

export function markBuilt(root: string, fingerprint: string): void {
  writeFileSync(stampFile(root), fingerprint);
}
