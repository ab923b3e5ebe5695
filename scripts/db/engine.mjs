// Prisma's schema engine as WASM (the native engine cannot be downloaded on
// offline machines). Needs `node --experimental-wasm-modules` on Node 20.
// Works around three @prisma/adapter-pg 7.10 bugs, see ../shared/TOOLCHAIN.md.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
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

// The engine's schema inspection selects PostgreSQL "char" columns (OID 18),
// which the adapter cannot map and throws on. Read them as text at the driver,
// then tell the engine they are Character columns (it insists on that type).
const charColumns = new WeakMap();
let driverPatched = false;
function readCharColumns() {
  if (driverPatched) return;
  driverPatched = true;
  for (const proto of [pg.Client.prototype, pg.Pool.prototype]) {
    const query = proto.query;
    proto.query = function patchedQuery(...args) {
      const result = query.apply(this, args);
      if (!result || typeof result.then !== 'function') return result;
      return result.then((res) => {
        const indices = [];
        (res?.fields ?? []).forEach((f, i) => {
          if (f.dataTypeID === 18) {
            f.dataTypeID = 25;
            indices.push(i);
          }
        });
        if (indices.length && Array.isArray(res.rows)) charColumns.set(res.rows, indices);
        return res;
      });
    };
  }
}

// adapter-pg's executeScript splits a migration on every ";" and so breaks
// dollar-quoted function bodies; run the script whole, as the native engine does.
function runScriptsWhole(conn) {
  const proto = Object.getPrototypeOf(conn);
  if (!Object.hasOwn(proto, 'executeScript') || proto.executeScript.whole) return;
  proto.executeScript = async function executeScript(script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  proto.executeScript.whole = true;
}

const patchedQueryables = new WeakSet();
function markCharColumns(conn) {
  runScriptsWhole(conn);
  let proto = Object.getPrototypeOf(conn);
  while (proto && !Object.hasOwn(proto, 'queryRaw')) proto = Object.getPrototypeOf(proto);
  if (!proto || patchedQueryables.has(proto)) return conn;
  patchedQueryables.add(proto);
  const queryRaw = proto.queryRaw;
  proto.queryRaw = async function patchedQueryRaw(q) {
    const out = await queryRaw.call(this, q);
    for (const i of charColumns.get(out.rows) ?? []) out.columnTypes[i] = ColumnTypeEnum.Character;
    return out;
  };
  return conn;
}

function adapterFactory(url) {
  const fields = connectionFields(url);
  const base = new PrismaPg({ ...fields, max: 2 });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => markCharColumns(await base.connect()),
    // Own shadow factory: close the shadow pool before dropping, and drop WITH (FORCE).
    async connectToShadowDb() {
      const name = `qm_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const admin = new pg.Client(fields);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = new PrismaPg({ ...fields, database: name, max: 2 });
      const conn = markCharColumns(await shadow.connect());
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

// The engine reports a Rust panic through this global before it aborts.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    console.error(`Prisma schema engine panicked: ${message}`);
  },
};

export async function openEngine(url, { withSchema = false, log = () => {} } = {}) {
  readCharColumns();
  const datamodels = withSchema ? [[schemaPath, await readFile(schemaPath, 'utf8')]] : undefined;
  return SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory(url)));
}

export const noFilters = { externalTables: [], externalEnums: [] };
