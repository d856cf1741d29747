/**
 * Vitest global setup: a PostgreSQL server for the server tests when none was given
 * (LIMBER_TEST_DATABASE_URL), started once for the whole run and stopped at the end.
 */
import { startTestPostgres, type TestPostgres } from './postgres.js';

let started: TestPostgres | undefined;

export async function setup(): Promise<void> {
	if (process.env['LIMBER_TEST_DATABASE_URL'] !== undefined) return;
	started = await startTestPostgres();
	process.env['LIMBER_TEST_DATABASE_URL'] = started.url;
}

export function teardown(): void {
	started?.stop();
}
