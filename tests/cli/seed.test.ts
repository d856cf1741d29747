/**
 * `limber seed` as a real subprocess: usage errors, a real seed into a PGlite data folder, the
 * refusal while another process holds that folder, and a clear error when PostgreSQL is down.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/connection.js';
import { readSummary } from '../../src/lib/server/summaries/summary.js';
import { ROOT, type CliRun } from './run-cli.js';

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs `limber seed <args>` with `env` added to (or, for undefined values, removed from) ours. */
function runSeed(args: readonly string[], env: Record<string, string | undefined> = {}) {
	const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...env };
	for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
	return new Promise<CliRun>((resolve) => {
		execFile(
			process.execPath,
			['--import', TSX, join(ROOT, 'src/cli/main.ts'), 'seed', ...args],
			{ cwd: ROOT, env: merged },
			(error, stdout, stderr) => {
				const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
				resolve({ code, stdout, stderr });
			}
		);
	});
}

const dirs: string[] = [];
function tempDataDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'limber-seed-'));
	dirs.push(dir);
	return join(dir, 'data');
}
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('limber seed', () => {
	it.each([
		[[], '--records is required.'],
		[['--records', 'lots'], '--records must be a whole number'],
		[['--records', '0'], '--records must be a whole number'],
		[['--records', '10', '--seed', '1.5'], '--seed must be a 32-bit integer'],
		[['--records', '10', '--end-month', '2026-13'], '--end-month must be YYYY-MM'],
		[['--records', '10', 'extra'], 'seed takes no paths'],
		[['--records', '10', '--colour'], "Unknown option '--colour'"]
	])('refuses %j with a usage error', async (args, message) => {
		const run = await runSeed(args, { DATABASE_URL: undefined, LIMBER_DATA_DIR: tempDataDir() });
		expect(run.code).toBe(2);
		expect(run.stderr).toContain(message);
		expect(run.stderr).toContain('Usage: limber seed --records');
	});

	it('seeds a PGlite data folder, prints the rate, then refuses while another process holds it', async () => {
		const dataDir = tempDataDir();
		const run = await runSeed(
			['--records', '1_500', '--seed', '3', '--end-month', '2026-10', '--data-dir', dataDir],
			{ DATABASE_URL: undefined }
		);
		expect(run.stderr).toContain('Seeding 1,500 records (seed 3, ending 2026-10) into PGlite in');
		expect(run.stderr).toContain('1,500 / 1,500');
		expect(run.stdout).toMatch(/^Stored 1,500 records\n {2}insert: [\d.]+ s \([\d,]+ records\/s\)/);
		expect(run.stdout).toMatch(/rollup refresh: [\d.]+ s/);
		expect(run.code).toBe(0);

		// The server (here: this test process) holds the folder: seed refuses and changes nothing.
		const held = await openDatabase({ dataDir, purpose: 'server (test)' });
		if (!held.ok) throw new Error(held.message);
		try {
			const refused = await runSeed(['--records', '10', '--seed', '4', '--data-dir', dataDir], {
				DATABASE_URL: undefined
			});
			expect(refused.code).toBe(1);
			expect(refused.stderr).toContain('Not seeding: The data folder');
			expect(refused.stderr).toContain('is in use by another Limber process');
			expect(refused.stderr).toContain('server (test)');
			const result: unknown = await held.database.db.execute(
				sql`SELECT count(*)::int AS n FROM outcome_records`
			);
			expect((result as { rows: { n: number }[] }).rows[0]?.n).toBe(1500);
			const summary = await readSummary(
				held.database,
				{ from: '2024-11', to: '2026-10' },
				{ kind: 'token', id: 'test', role: 'admin', localities: 'all' }
			);
			expect(summary.total.values.enrolments).toBe(1500);
		} finally {
			await held.database.close();
		}
	}, 120_000);

	it('reports an unreachable PostgreSQL without printing the connection string', async () => {
		const run = await runSeed(['--records', '10'], {
			DATABASE_URL: 'postgresql://limber:secret-password@127.0.0.1:1/nowhere'
		});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('Could not open PostgreSQL (DATABASE_URL):');
		expect(run.stderr).not.toContain('secret-password');
	}, 60_000);
});
