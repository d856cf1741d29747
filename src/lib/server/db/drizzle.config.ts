/**
 * drizzle-kit configuration: `npm run db:generate` writes a new SQL migration to
 * src/lib/server/db/migrations/ from the schema, then bundles the folder into migrations.ts.
 */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema.ts',
	out: './src/lib/server/db/migrations'
});
