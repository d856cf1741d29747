/**
 * Applies the committed SQL migrations in order, each once, each in its own transaction, under
 * an advisory lock so that two servers starting together on one PostgreSQL never race. The SQL
 * is bundled into `migrations.ts` so the built server and the CLI carry it with them.
 */
import type { ExecuteSql } from './connection.js';
import { MIGRATIONS } from './migrations.js';

/** An arbitrary, fixed key for pg_advisory_xact_lock. */
const LOCK_KEY = 4_714_327;

/** Applies every migration not yet recorded in `limber_migrations`. */
export async function applyMigrations(execute: ExecuteSql): Promise<void> {
	await execute(
		'CREATE TABLE IF NOT EXISTS limber_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())'
	);
	for (const migration of MIGRATIONS) {
		const id = quote(migration.id);
		// The check and the migration run in one transaction holding the lock.
		await execute(`
			BEGIN;
			SELECT pg_advisory_xact_lock(${LOCK_KEY});
			DO $limber$
			BEGIN
				IF NOT EXISTS (SELECT 1 FROM limber_migrations WHERE id = ${id}) THEN
					${statementsOf(migration.sql)
						.map((statement) => `EXECUTE ${quote(statement)};`)
						.join('\n\t\t\t\t\t')}
					INSERT INTO limber_migrations (id) VALUES (${id});
				END IF;
			END
			$limber$;
			COMMIT;
		`);
	}
}

/** drizzle-kit separates statements with a breakpoint comment; EXECUTE runs one at a time. */
function statementsOf(sql: string): string[] {
	return sql
		.split('--> statement-breakpoint')
		.map((statement) => statement.trim())
		.filter((statement) => statement.length > 0);
}

/** A SQL string literal. */
function quote(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}
