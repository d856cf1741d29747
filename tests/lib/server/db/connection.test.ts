import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readMigrationFiles } from '../../../../src/lib/server/db/bundle-migrations.js';
import { openDatabase } from '../../../../src/lib/server/db/connection.js';
import { applyMigrations } from '../../../../src/lib/server/db/migrator.js';
import { MIGRATIONS } from '../../../../src/lib/server/db/migrations.js';
import { describeEachEngine } from '../databases.js';

describeEachEngine('the server database', (database) => {
	it('has every table once the migrations have run', async () => {
		const result = await database().db.execute(
			sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`
		);
		const tables = (result as { rows: { table_name: string }[] }).rows.map((r) => r.table_name);
		expect(tables).toEqual([
			'api_tokens',
			'limber_migrations',
			'login_challenges',
			'outcome_records',
			'rollup_escalation_codes',
			'rollup_outcomes',
			'rollup_signposts',
			'sessions',
			'users',
			'withdrawn_records'
		]);
	});

	it('applies each migration once, however often it starts', async () => {
		await applyMigrations(database().execute);
		await applyMigrations(database().execute);
		const result = await database().db.execute(sql`select id from limber_migrations order by id`);
		expect((result as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual(
			MIGRATIONS.map((m) => m.id)
		);
	});
});

describe('the PGlite data folder', () => {
	it('is opened by one process at a time; a second opener is refused with a clear message', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'limber-data-'));
		try {
			const first = await openDatabase({ dataDir: dir, purpose: 'server' });
			expect(first.ok).toBe(true);
			// The lock is per process; pretend another process holds it by writing its record.
			const lockFile = join(dir, 'limber.lock');
			const other = { pid: process.ppid, purpose: 'server' };
			if (first.ok) await first.database.close();
			writeFileSync(lockFile, JSON.stringify(other));
			const second = await openDatabase({ dataDir: dir, purpose: 'limber seed' });
			expect(second.ok).toBe(false);
			if (!second.ok) {
				expect(second.message).toContain(
					`in use by another Limber process (pid ${process.ppid}, server)`
				);
				expect(second.message).toContain('DATABASE_URL');
			}
			// A lock left by a process that no longer exists is taken over.
			writeFileSync(lockFile, JSON.stringify({ pid: 2_147_483_000, purpose: 'server' }));
			const third = await openDatabase({ dataDir: dir, purpose: 'limber seed' });
			expect(third.ok).toBe(true);
			if (third.ok) await third.database.close();
			expect(readdirSync(dir)).not.toContain('limber.lock');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});

describe('the bundled migrations', () => {
	it('match the SQL files in src/lib/server/db/migrations (run npm run db:generate)', () => {
		expect(MIGRATIONS.length).toBeGreaterThan(0);
		expect(MIGRATIONS).toEqual(readMigrationFiles());
	});
});
