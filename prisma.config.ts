// Prisma CLI configuration. Migrations are applied by scripts/db/migrate.mjs
// (Prisma's WASM schema engine), so the CLI is only used for `prisma generate`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/quartermaster' },
});
