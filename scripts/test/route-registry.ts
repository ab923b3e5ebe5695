// Every page, route handler and server action of the app, found on disk, so the
// access matrix test (access-rules.ts) fails when a new one has no rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const appDir = path.join(root, 'app');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The URL pattern of a file: route groups "(portal)" and private folders dropped. */
export function urlPatternOf(file: string): string {
  const parts = path.relative(appDir, path.dirname(file)).split(path.sep).filter((p) => p && !/^\(.*\)$/.test(p));
  return `/${parts.join('/')}`;
}

export interface AppEntry {
  kind: 'page' | 'api' | 'action';
  /** "/admin/users/[id]", "GET /api/v1/items/[sku]" or "app/(portal)/admin/users/actions.ts#createUserAction". */
  key: string;
  file: string;
  exportName: string;
}

const METHOD_EXPORT = /export\s+(?:async\s+function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s*\{([^}]*)\}/g;

function methodsOf(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(METHOD_EXPORT)) {
    if (m[1]) out.add(m[1]);
    else for (const name of m[2].matchAll(/as\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) out.add(name[1]);
  }
  return [...out];
}

/** "use server" modules: their exported async functions are server actions, callable by anyone who can post to the app. */
function serverActionsIn(file: string): AppEntry[] {
  const source = readFileSync(file, 'utf8');
  if (!/^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(source)) return [];
  const rel = path.relative(root, file);
  return [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => ({ kind: 'action' as const, key: `${rel}#${m[1]}`, file: rel, exportName: m[1] }));
}

export function appEntries(): AppEntry[] {
  const entries: AppEntry[] = [];
  // Plugins keep their server actions beside their pages (plugins/<id>/pages); they are actions of the app all the same.
  const pluginsDir = path.join(root, 'plugins');
  for (const file of filesUnder(pluginsDir)) if (/\.tsx?$/.test(file) && !file.includes(`${path.sep}node_modules${path.sep}`)) entries.push(...serverActionsIn(file));
  for (const file of filesUnder(appDir)) {
    const name = path.basename(file);
    const rel = path.relative(root, file);
    if (name === 'page.tsx') entries.push({ kind: 'page', key: urlPatternOf(file), file: rel, exportName: 'default' });
    else if (name === 'route.ts') {
      for (const method of methodsOf(readFileSync(file, 'utf8'))) entries.push({ kind: 'api', key: `${method} ${urlPatternOf(file)}`, file: rel, exportName: method });
    } else if (/\.tsx?$/.test(name)) entries.push(...serverActionsIn(file));
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}
