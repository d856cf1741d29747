import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerDatabase } from '../../../../src/lib/server/db/connection.js';
import {
	queueRollupRefresh,
	settleRollupRefresh
} from '../../../../src/lib/server/ingest/rollup-refresh.js';
import type { RollupKey } from '../../../../src/lib/server/summaries/rollups.js';
import { EXAMPLE_OUTCOME_RECORD } from '../../../../src/lib/shared/outcome-record.js';
import { describeEachEngine } from '../databases.js';
import { storeRecords } from '../summaries/records.js';

const key = (locality: string): RollupKey => ({
	month: '2026-01',
	locality,
	pathwayId: 'low-back-pain'
});

/** A refresh that records its calls and finishes only when told to. */
function controlledRefresh() {
	const calls: string[][] = [];
	const finish: (() => void)[] = [];
	const refresh = vi.fn(async (_database: ServerDatabase, keys: readonly RollupKey[]) => {
		calls.push(keys.map((k) => k.locality));
		await new Promise<void>((resolve) => finish.push(resolve));
	});
	const finishNext = async () => {
		// Let the queue reach its next call before ending the current one.
		await vi.waitFor(() => expect(finish.length).toBeGreaterThan(0));
		finish.shift()!();
	};
	return { calls, refresh, finishNext };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('queueRollupRefresh', () => {
	it('runs one refresh at a time, and keys queued meanwhile share the next one', async () => {
		const database = {} as ServerDatabase;
		const { calls, refresh, finishNext } = controlledRefresh();
		queueRollupRefresh(database, [key('a')], refresh);
		await vi.waitFor(() => expect(calls).toEqual([['a']]));
		queueRollupRefresh(database, [key('b'), key('c')], refresh);
		queueRollupRefresh(database, [key('b')], refresh);
		expect(calls).toEqual([['a']]);
		await finishNext();
		// The next refresh waits REFRESH_INTERVAL_MS after the first.
		await vi.waitFor(() => expect(calls).toEqual([['a'], ['b', 'c']]), { timeout: 3_000 });
		await finishNext();
		await settleRollupRefresh(database);
		expect(refresh).toHaveBeenCalledTimes(2);
	});

	it('waits a moment, so the keys of a burst of requests share one refresh', async () => {
		const database = {} as ServerDatabase;
		const { calls, refresh, finishNext } = controlledRefresh();
		queueRollupRefresh(database, [key('a')], refresh);
		await new Promise((resolve) => setTimeout(resolve, 5));
		queueRollupRefresh(database, [key('b')], refresh);
		await vi.waitFor(() => expect(calls).toEqual([['a', 'b']]));
		await finishNext();
		await settleRollupRefresh(database);
		expect(refresh).toHaveBeenCalledTimes(1);
	});

	it('does nothing for no keys', async () => {
		const database = {} as ServerDatabase;
		const refresh = vi.fn(async () => {});
		queueRollupRefresh(database, [], refresh);
		await settleRollupRefresh(database);
		expect(refresh).not.toHaveBeenCalled();
	});

	it('keeps the keys of a failed refresh for the next one, and logs no key or record', async () => {
		const database = {} as ServerDatabase;
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const calls: string[][] = [];
		let fail = true;
		const refresh = async (_database: ServerDatabase, keys: readonly RollupKey[]) => {
			calls.push(keys.map((k) => k.locality));
			await Promise.resolve();
			if (fail) {
				fail = false;
				throw Object.assign(new Error('connection terminated'), { code: '57P01' });
			}
		};
		queueRollupRefresh(database, [key('example-leeds')], refresh);
		await settleRollupRefresh(database);
		expect(error).toHaveBeenCalledTimes(1);
		const message = String(error.mock.calls[0]?.[0]);
		expect(message).toMatch(/Rollup refresh failed.*57P01.*connection terminated/);
		expect(message).not.toMatch(/example-leeds|2026-01/);

		queueRollupRefresh(database, [key('example-cardiff')], refresh);
		await settleRollupRefresh(database);
		expect(calls).toEqual([['example-leeds'], ['example-leeds', 'example-cardiff']]);
	});
});

describeEachEngine('rollup refresh after ingest', (database) => {
	it('brings the rollups up to date with the records of the keys queued', async () => {
		const records = [
			{ ...EXAMPLE_OUTCOME_RECORD, recordId: crypto.randomUUID() },
			{ ...EXAMPLE_OUTCOME_RECORD, recordId: crypto.randomUUID() }
		];
		await storeRecords(database(), records);
		queueRollupRefresh(database(), [
			{
				month: EXAMPLE_OUTCOME_RECORD.monthEnrolled,
				locality: EXAMPLE_OUTCOME_RECORD.locality,
				pathwayId: EXAMPLE_OUTCOME_RECORD.pathwayId
			}
		]);
		await settleRollupRefresh(database());
		const result: unknown = await database().db.execute(
			sql`SELECT sum(enrolments)::int AS enrolments FROM rollup_outcomes
				WHERE age_band = 'all' AND sex = 'all' AND ethnicity = 'all' AND referral = 'all'`
		);
		expect((result as { rows: { enrolments: number }[] }).rows[0]?.enrolments).toBe(2);
	});
});
