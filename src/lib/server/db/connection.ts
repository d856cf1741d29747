/**
 * Opening the server database (decision 7): PostgreSQL through node-postgres when
 * `DATABASE_URL` is set, otherwise PGlite (PostgreSQL in WebAssembly) in a local data folder,
 * locked to this process. Same schema, same migrations, same queries.
 */
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir } from './data-lock.js';
import { applyMigrations } from './migrator.js';
import { schema } from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Runs SQL text (one or more statements) outside Drizzle: migrations and bulk rollups. */
export type ExecuteSql = (sql: string) => Promise<void>;

export interface ServerDatabase {
	readonly db: Database;
	readonly engine: 'pglite' | 'postgres';
	readonly execute: ExecuteSql;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** PostgreSQL connection string; when absent, PGlite in `dataDir`. */
	readonly databaseUrl?: string | undefined;
	/** PGlite data folder, or 'memory://' for a throwaway database (tests). */
	readonly dataDir?: string;
	/** Who is opening it, for the lock message ("server", "limber seed", ...). */
	readonly purpose: string;
	/** Apply pending migrations (default true). */
	readonly migrate?: boolean;
}

export type OpenResult = { ok: true; database: ServerDatabase } | { ok: false; message: string };

/** Opens (and migrates) the database. A PGlite folder held by another process is refused. */
export async function openDatabase(options: OpenOptions): Promise<OpenResult> {
	const database =
		options.databaseUrl !== undefined && options.databaseUrl !== ''
			? openPostgres(options.databaseUrl)
			: await openPglite(options.dataDir ?? './data', options.purpose);
	if (!database.ok) return database;
	if (options.migrate !== false) await applyMigrations(database.database.execute);
	return database;
}

function openPostgres(url: string): OpenResult {
	const pool = new pg.Pool({ connectionString: url, max: 10 });
	const db = drizzlePostgres(pool, { schema }) as unknown as Database;
	return {
		ok: true,
		database: {
			db,
			engine: 'postgres',
			execute: async (sql) => {
				await pool.query(sql);
			},
			close: () => pool.end()
		}
	};
}

async function openPglite(dataDir: string, purpose: string): Promise<OpenResult> {
	const inMemory = dataDir.startsWith('memory://');
	const locked = inMemory ? undefined : lockDataDir(dataDir, purpose);
	if (locked !== undefined && !locked.ok) return { ok: false, message: locked.message };
	const client = new PGlite(dataDir);
	await client.waitReady;
	const db = drizzlePglite(client, { schema }) as unknown as Database;
	return {
		ok: true,
		database: {
			db,
			engine: 'pglite',
			execute: async (sql) => {
				await client.exec(sql);
			},
			close: async () => {
				await client.close();
				locked?.lock.release();
			}
		}
	};
}
