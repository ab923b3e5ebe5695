// Prisma's schema engine as WASM (the native engine cannot be downloaded on
// offline machines). Needs `node --experimental-wasm-modules` on Node 20.
// Works around three @prisma/adapter-pg 7.10 bugs, see ../shared/TOOLCHAIN.md.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { SchemaEngine } from '@prisma/schema-engine-wasm';

export const root = path.resolve(import.meta.dirname, '../..');
export const migrationsDir = path.join(root, 'prisma/migrations');
export const schemaPath = path.join(root, 'prisma/schema.prisma');

/** Discrete connection fields: with a connectionString a `database` override is ignored. */
export function connectionFields(url) {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || u.searchParams.get('host') || 'localhost',
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
}

let charPatched = false;
/** The engine's schema inspection selects "char" columns (OID 18) that the adapter cannot read: read them as text. */
function readCharColumnsAsText() {
  if (charPatched) return;
  charPatched = true;
  for (const proto of [pg.Client.prototype, pg.Pool.prototype]) {
    const query = proto.query;
    proto.query = function patchedQuery(...args) {
      const result = query.apply(this, args);
      if (!result || typeof result.then !== 'function') return result;
      return result.then((res) => {
        for (const f of res?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
        return res;
      });
    };
  }
}

function adapterFactory(url) {
  const fields = connectionFields(url);
  const base = new PrismaPg({ ...fields, max: 2 });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    // Own shadow factory: close the shadow pool before dropping, and drop WITH (FORCE).
    async connectToShadowDb() {
      const name = `qm_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const admin = new pg.Client(fields);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = new PrismaPg({ ...fields, database: name, max: 2 });
      const conn = await shadow.connect();
      const dispose = conn.dispose.bind(conn);
      conn.dispose = async () => {
        await dispose();
        const dropper = new pg.Client(fields);
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return conn;
    },
  };
}

export async function loadMigrations() {
  const entries = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = [];
  for (const dir of entries) {
    const file = path.join(migrationsDir, dir, 'migration.sql');
    const content = await readFile(file, 'utf8').then((c) => ({ tag: 'ok', value: c }), (e) => ({ tag: 'error', error: String(e) }));
    migrationDirectories.push({ path: dir, migrationFile: { path: 'migration.sql', content } });
  }
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export async function openEngine(url, { withSchema = false, log = () => {} } = {}) {
  readCharColumnsAsText();
  const datamodels = withSchema ? [[schemaPath, await readFile(schemaPath, 'utf8')]] : undefined;
  return SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory(url)));
}

export const noFilters = { externalTables: [], externalEnums: [] };
