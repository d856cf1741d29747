/**
 * `limber db migrate`: applies the committed migrations and says which ones ran. The server
 * migrates on start too; this is for deployments that migrate as a separate step.
 *
 * Also the database plumbing the other database commands (`user add`, `token create`,
 * `token revoke`) share: `--data-dir`, `DATABASE_URL`, and the refusal while another process
 * (the server) holds a PGlite data folder.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, type ServerDatabase } from '../../lib/server/db/connection.js';
import { applyMigrations } from '../../lib/server/db/migrator.js';
import { SYNTHETIC_LOCALITIES } from '../../lib/server/seed/catalogue.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { parseCliArgs } from '../parse-cli-args.js';

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CliIo {
	readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
	readonly stdout: { write(text: string): unknown };
	readonly stderr: { write(text: string): unknown };
	readonly env: Readonly<Record<string, string | undefined>>;
}

/** The real terminal. */
export const PROCESS_IO: CliIo = {
	stdin: process.stdin,
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env
};

/** The option every database command takes. */
export const DATABASE_OPTIONS = { 'data-dir': { type: 'string' } } as const;

/** Its usage lines. */
export const DATABASE_USAGE = `  --data-dir <dir>   the PGlite data folder (default: $LIMBER_DATA_DIR, else ./data)

With DATABASE_URL set, the command uses that PostgreSQL database instead. A PGlite folder can
be open in one process at a time: while the server runs on it, stop the server first (or use
PostgreSQL).`;

/**
 * Opens (and migrates) the database a command works on, runs `work`, and closes it whatever
 * happens. A folder held by the server, or a PostgreSQL that cannot be reached, is reported
 * on stderr and gives exit code 1; nothing is written.
 */
export async function withCliDatabase(
	input: { io: CliIo; dataDir: string | undefined; command: string; migrate?: boolean },
	work: (database: ServerDatabase) => Promise<number>
): Promise<number> {
	const databaseUrl = input.io.env['DATABASE_URL'];
	const dataDir = input.dataDir ?? input.io.env['LIMBER_DATA_DIR'] ?? './data';
	let opened;
	try {
		opened = await openDatabase({
			databaseUrl,
			dataDir,
			purpose: `limber ${input.command}`,
			migrate: input.migrate
		});
	} catch (error) {
		const where = databaseUrl
			? 'the PostgreSQL database in DATABASE_URL'
			: `the data folder ${dataDir}`;
		input.io.stderr.write(
			`limber ${input.command}: could not open ${where}: ${messageOf(error)}\n`
		);
		return EXIT_FINDINGS;
	}
	if (!opened.ok) {
		input.io.stderr.write(`limber ${input.command}: ${opened.message}\n`);
		return EXIT_FINDINGS;
	}
	try {
		return await work(opened.database);
	} catch (error) {
		// PostgreSQL unreachable or gone mid-command: a fault to report, not a crash.
		const where = databaseUrl
			? 'the PostgreSQL database in DATABASE_URL'
			: `the data folder ${dataDir}`;
		input.io.stderr.write(
			`limber ${input.command}: could not open ${where}: ${messageOf(error)}\n`
		);
		return EXIT_FINDINGS;
	} finally {
		await opened.database.close();
	}
}

/**
 * Locality ids a commissioner may be given: the locality files shipped in
 * pathways/localities, and the seed's synthetic localities (demo and benchmark data).
 */
export function knownLocalities(): string[] {
	const folder = fileURLToPath(new URL('../../../pathways/localities/', import.meta.url));
	const shipped = readdirSync(folder)
		.filter((name) => name.endsWith('.locality.json'))
		.map((name) => name.slice(0, -'.locality.json'.length));
	return [...new Set([...shipped, ...SYNTHETIC_LOCALITIES])];
}

/**
 * What went wrong, from the driver's own error when there is one: Drizzle's wrapper message
 * repeats the query and its parameters (a password hash, for `user add`).
 */
function messageOf(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	return error.cause instanceof Error ? error.cause.message : error.message;
}

/** The rows of a query: node-postgres and PGlite both answer with `{ rows }`. */
async function selectRows<Row>(database: ServerDatabase, query: SQL): Promise<Row[]> {
	const result: unknown = await database.db.execute(query);
	return (result as { rows: Row[] }).rows;
}

/** The ids in limber_migrations; none when the table does not exist yet. */
async function appliedMigrations(database: ServerDatabase): Promise<string[]> {
	const [table] = await selectRows<{ present: boolean }>(
		database,
		sql`select to_regclass('limber_migrations') is not null as present`
	);
	if (table?.present !== true) return [];
	const rows = await selectRows<{ id: string }>(
		database,
		sql`select id from limber_migrations order by id`
	);
	return rows.map((row) => row.id);
}

const USAGE = `Usage: limber db migrate [--data-dir <dir>]

Applies the database migrations not yet applied, and lists them. (The server applies them on
start as well.)
${DATABASE_USAGE}`;

/** `limber db migrate` with its streams (tests pass their own). */
export async function runDbMigrate(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
	const args = parseCliArgs(argv, DATABASE_OPTIONS);
	if (!args.ok || args.positionals.length > 0) {
		io.stderr.write(`${args.ok ? 'db migrate takes no arguments.' : args.message}\n\n${USAGE}\n`);
		return EXIT_USAGE;
	}
	return withCliDatabase(
		{ io, dataDir: args.values['data-dir'], command: 'db migrate', migrate: false },
		async (database) => {
			const before = new Set(await appliedMigrations(database));
			await applyMigrations(database.execute);
			const after = await appliedMigrations(database);
			const applied = after.filter((id) => !before.has(id));
			const where = database.engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
			io.stdout.write(
				applied.length === 0
					? `The ${where} database is up to date (${after.length} migrations applied before).\n`
					: `Applied ${applied.length} migration${applied.length === 1 ? '' : 's'} to the ${where} database:\n${applied.map((id) => `  ${id}\n`).join('')}`
			);
			return EXIT_OK;
		}
	);
}

/** `limber db migrate`. */
export const dbMigrateCommand: CliCommand = {
	name: 'db migrate',
	summary: 'Apply the database migrations (PGlite in --data-dir, or DATABASE_URL).',
	usage: USAGE,
	run: (argv) => runDbMigrate(argv)
};
