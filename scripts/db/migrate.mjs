// Applies prisma/migrations to DATABASE_URL (same _prisma_migrations table as `prisma migrate deploy`).
import { openEngine, loadMigrations, noFilters } from './engine.mjs';

export async function applyMigrations(url) {
  const engine = await openEngine(url);
  try {
    const migrationsList = await loadMigrations();
    const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set.');
    process.exit(2);
  }
  applyMigrations(url).then(
    (names) => console.log(names.length ? `Applied ${names.length} migration(s): ${names.join(', ')}` : 'Database schema is up to date.'),
    (e) => {
      console.error(`Migrations failed: ${e?.message ?? e}`);
      process.exit(1);
    },
  );
}
