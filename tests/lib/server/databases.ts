/**
 * Server tests run on both engines (decision 7): PGlite in memory and a real PostgreSQL. Each
 * suite gets its own fresh database (a new in-memory PGlite, or a new PostgreSQL database made
 * from the test server's), migrated, and closed (and dropped) after the suite.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type ServerDatabase } from '../../../src/lib/server/db/connection.js';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

function testServerUrl(): string {
	const url = process.env['LIMBER_TEST_DATABASE_URL'];
	if (url === undefined)
		throw new Error('LIMBER_TEST_DATABASE_URL is not set (tests/setup/vitest-global.ts sets it)');
	return url;
}

/** A fresh, migrated database on `engine`; `drop()` closes (and for PostgreSQL drops) it. */
export async function openTestDatabase(
	engine: Engine
): Promise<ServerDatabase & { drop(): Promise<void> }> {
	if (engine === 'pglite') {
		const opened = await openDatabase({ dataDir: 'memory://', purpose: 'test' });
		if (!opened.ok) throw new Error(opened.message);
		return { ...opened.database, drop: () => opened.database.close() };
	}
	const admin = new URL(testServerUrl());
	const name = `limber_t_${randomBytes(6).toString('hex')}`;
	const client = new pg.Client({ connectionString: admin.toString() });
	await client.connect();
	await client.query(`CREATE DATABASE ${name}`);
	await client.end();
	const url = new URL(admin);
	url.pathname = `/${name}`;
	const opened = await openDatabase({ databaseUrl: url.toString(), purpose: 'test' });
	if (!opened.ok) throw new Error(opened.message);
	return {
		...opened.database,
		drop: async () => {
			await opened.database.close();
			const dropper = new pg.Client({ connectionString: admin.toString() });
			await dropper.connect();
			// pg-pool's end() resolves before its connections have closed; FORCE would kill them
			// mid-close and each would raise an unhandled error, so wait (briefly) for them first.
			for (let waited = 0; waited < 5_000; waited += 50) {
				const open = await dropper.query(
					'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
					[name]
				);
				if ((open.rows[0] as { n: number }).n === 0) break;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await dropper.end();
		}
	};
}

/** Runs a suite once per engine with a fresh database shared by its tests. */
export function describeEachEngine(
	name: string,
	suite: (database: () => ServerDatabase, engine: Engine) => void
): void {
	describe.each(ENGINES)(`${name} (%s)`, (engine) => {
		let database: (ServerDatabase & { drop(): Promise<void> }) | undefined;
		beforeAll(async () => {
			database = await openTestDatabase(engine);
		}, 60_000);
		afterAll(async () => {
			await database?.drop();
		});
		suite(() => {
			if (database === undefined) throw new Error('database not open yet');
			return database;
		}, engine);
	});
}
