// drizzle-kit configuration: `npm run db:generate -w @xxgk/db` writes a migration for every
// change to src/schema. Triggers live in hand-written migrations made with `--custom`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  strict: true,
});
