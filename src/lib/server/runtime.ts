/**
 * The running server's database: opened once per process on first use, from the environment
 * (DATABASE_URL for PostgreSQL, else PGlite in LIMBER_DATA_DIR, default ./data), and migrated.
 * Endpoints and pages call `serverDatabase()`; the CLI opens its own (see src/cli).
 */
import { openDatabase, type ServerDatabase } from './db/connection.js';

let opening: Promise<ServerDatabase> | undefined;

/** The server's database, opened (and migrated) on first call. */
export function serverDatabase(): Promise<ServerDatabase> {
	opening ??= openDatabase({
		databaseUrl: process.env['DATABASE_URL'],
		dataDir: process.env['LIMBER_DATA_DIR'] ?? './data',
		purpose: `server (port ${process.env['PORT'] ?? '3000'})`
	}).then((opened) => {
		// A database that cannot be opened (folder locked by another process, PostgreSQL down)
		// is a deployment fault: fail loudly rather than serve without storage.
		if (!opened.ok) throw new Error(opened.message);
		return opened.database;
	});
	return opening;
}

/** Closes the database (tests, shutdown). */
export async function closeServerDatabase(): Promise<void> {
	const open = opening;
	opening = undefined;
	if (open !== undefined) await (await open).close();
}
