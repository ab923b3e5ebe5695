import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['{lib,plugins,scripts,app}/**/*.test.ts'], exclude: ['**/*.integration.test.ts', 'node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{lib,plugins,scripts,app,prisma}/**/*.integration.test.ts'],
          globalSetup: [path.join(root, 'scripts/test/postgres-global-setup.ts')],
          setupFiles: [path.join(root, 'scripts/test/database-per-file.ts')],
        },
      },
    ],
  },
});
