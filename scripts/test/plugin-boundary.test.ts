// Core never imports a plugin: outside plugins/, only the registry list and the
// mount points (one-line re-exports marked "Plugin mount") may name plugins/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'generated' || e.name === 'node_modules' ? [] : files(path.join(dir, e.name))) : /\.(ts|tsx)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
const pluginsDir = path.join(root, 'plugins') + path.sep;

/** Whether the file imports anything under the top-level plugins/ folder (import paths resolved, not guessed). */
function importsPlugin(file: string): boolean {
  const source = readFileSync(path.join(root, file), 'utf8');
  for (const m of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1];
    const target = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(root, path.dirname(file), spec) : null;
    if (target && (target + path.sep).startsWith(pluginsDir)) return true;
  }
  return false;
}

describe('plugin boundary', () => {
  const core = [...files('lib'), ...files('app'), ...files('scripts'), ...files('prisma')];

  it('keeps core from importing plugin code', () => {
    const offenders = core.filter((f) => f !== path.join('lib', 'plugins', 'installed.ts') && importsPlugin(f) && !isMount(f));
    expect(offenders).toEqual([]);
  });

  it('has core reach plugins only through the registry (lib/plugins), never its files one by one', () => {
    const registry = path.join(root, 'lib', 'plugins');
    const inside = core.filter((f) => !f.startsWith(path.join('lib', 'plugins') + path.sep));
    const offenders = inside.filter((f) => {
      const source = readFileSync(path.join(root, f), 'utf8');
      return [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].some(([, spec]) => {
        const target = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(root, path.dirname(f), spec) : null;
        return target !== null && target.startsWith(registry + path.sep);
      });
    });
    expect(offenders).toEqual([]);
  });

  it('keeps mount points to a marked re-export of the plugin', () => {
    const mounts = core.filter((f) => importsPlugin(f) && isMount(f));
    for (const f of mounts) {
      const code = readFileSync(path.join(root, f), 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('//'));
      expect(code.every((l) => /^export\s/.test(l.trim())), `${f} must only re-export from the plugin`).toBe(true);
    }
  });

  it('sees the files it checks (an empty scan cannot pass)', () => {
    expect(core.length).toBeGreaterThan(200);
    expect(importsPlugin(path.join('lib', 'plugins', 'installed.ts'))).toBe(true);
    expect(importsPlugin(path.join('lib', 'auth', 'load-actor.ts'))).toBe(false);
  });
});

function isMount(file: string): boolean {
  return file.startsWith('app') && readFileSync(path.join(root, file), 'utf8').startsWith('// Plugin mount');
}
