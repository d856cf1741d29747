import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { ServerDatabase } from '../../../../src/lib/server/db/connection.js';
import { refreshRollups, type RollupKey } from '../../../../src/lib/server/summaries/rollups.js';
import {
	EXAMPLE_OUTCOME_RECORD,
	type OutcomeRecord
} from '../../../../src/lib/shared/outcome-record.js';
import { describeEachEngine } from '../databases.js';
import {
	outcomeRecordArbitrary,
	rawMeasuresOf,
	storeRecords,
	type RawMeasures
} from './records.js';

const MEASURE_COLUMNS = {
	enrolments: 'enrolments',
	activeAt30: 'active_at_30',
	finished: 'finished',
	escalatedAny: 'escalated_any',
	escalatedEmergency: 'escalated_emergency',
	escalatedUrgent: 'escalated_urgent',
	escalatedSoon: 'escalated_soon',
	escalatedRoutine: 'escalated_routine',
	painPairs: 'pain_pairs',
	painChangeSum: 'pain_change_sum',
	painMeaningful: 'pain_meaningful',
	psfsPairs: 'psfs_pairs',
	psfsChangeSum: 'psfs_change_sum',
	psfsMeaningful: 'psfs_meaningful',
	phq2Screened: 'phq2_screened',
	phq2Positive: 'phq2_positive',
	gad2Screened: 'gad2_screened',
	gad2Positive: 'gad2_positive',
	onWaitingList: 'on_waiting_list',
	leftWaitingList: 'left_waiting_list',
	offWorkAtBaseline: 'off_work_at_baseline',
	backAtWork: 'back_at_work',
	globalChangeAnswered: 'global_change_answered',
	globalChangeBetter: 'global_change_better'
} as const;

async function rows<T>(database: ServerDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
	const result: unknown = await database.db.execute(query);
	return (result as { rows: T[] }).rows;
}

/** The rollups summed over every key (or one), read back as the oracle's shape. */
async function rolledUp(database: ServerDatabase, key?: RollupKey): Promise<RawMeasures> {
	// The everyone level: each record counted once (the demographic levels are tested through
	// summaries broken down by them, in summary.test.ts).
	const everyone = sql`age_band = 'all' AND sex = 'all' AND ethnicity = 'all' AND referral = 'all'`;
	const where =
		key === undefined
			? sql`WHERE ${everyone}`
			: sql`WHERE ${everyone} AND month = ${key.month} AND locality = ${key.locality} AND pathway_id = ${key.pathwayId}`;
	const sums = Object.entries(MEASURE_COLUMNS).map(
		([name, column]) => sql`coalesce(sum(${sql.raw(column)}), 0)::float8 AS ${sql.raw(`"${name}"`)}`
	);
	const [totals] = await rows<Record<string, number>>(
		database,
		sql`SELECT ${sql.join(sums, sql`, `)} FROM rollup_outcomes ${where}`
	);
	const codes = await rows<{ key: string; records: number }>(
		database,
		sql`SELECT code || '|' || severity AS key, sum(records)::float8 AS records
			FROM rollup_escalation_codes ${where} GROUP BY 1`
	);
	const signposts = await rows<{ key: string; records: number }>(
		database,
		sql`SELECT category AS key, sum(records)::float8 AS records FROM rollup_signposts ${where} GROUP BY 1`
	);
	const tally = (list: { key: string; records: number }[]) =>
		Object.fromEntries(list.map((r) => [r.key, Number(r.records)]));
	return {
		...(Object.fromEntries(
			Object.keys(MEASURE_COLUMNS).map((name) => [name, Number(totals?.[name])])
		) as Omit<RawMeasures, 'escalationCodes' | 'signposts'>),
		escalationCodes: tally(codes),
		signposts: tally(signposts)
	};
}

function expectSameMeasures(actual: RawMeasures, expected: RawMeasures): void {
	const { psfsChangeSum, ...rest } = actual;
	const { psfsChangeSum: expectedPsfs, ...expectedRest } = expected;
	expect(rest).toEqual(expectedRest);
	// float4 storage: the sum is close, not bit-for-bit.
	expect(psfsChangeSum).toBeCloseTo(expectedPsfs, 3);
}

const record = (overrides: Partial<OutcomeRecord>): OutcomeRecord => ({
	...EXAMPLE_OUTCOME_RECORD,
	recordId: crypto.randomUUID(),
	...overrides
});

describeEachEngine('rollups', (database) => {
	it('count each measure as the stored-row definitions say', async () => {
		const records = [
			record({}),
			record({
				status: 'finished',
				daysActiveFirst30: 14,
				escalations: [
					{ code: 'sn.worsening', severity: 'soon', week: 1 },
					{ code: 'sn.worsening', severity: 'soon', week: 3 },
					{ code: 'rf.ces.bladder-bowel', severity: 'emergency', week: 4 }
				],
				signposts: ['gp', 'gp'],
				workStatusBaseline: 'off-work',
				workStatusLatest: 'working-changed',
				onWaitingList: false,
				leftWaitingList: true
			}),
			record({
				scores: [{ milestone: 'baseline', week: 0, painNrs: 4, phq2: 3 }],
				escalations: [],
				signposts: []
			})
		];
		await storeRecords(database(), records);
		await refreshRollups(database());
		const measures = await rolledUp(database());
		expect(measures).toMatchObject({
			enrolments: 3,
			activeAt30: 2,
			finished: 1,
			escalatedAny: 2,
			escalatedEmergency: 1,
			escalatedSoon: 2,
			escalatedUrgent: 0,
			painPairs: 2,
			painChangeSum: -8,
			painMeaningful: 2,
			psfsPairs: 2,
			psfsMeaningful: 2,
			phq2Screened: 3,
			phq2Positive: 1,
			onWaitingList: 2,
			// Left the list without having been on it does not count.
			leftWaitingList: 0,
			offWorkAtBaseline: 1,
			backAtWork: 1,
			globalChangeAnswered: 2,
			globalChangeBetter: 2,
			// The same code twice in one record is one person.
			escalationCodes: { 'sn.worsening|soon': 2, 'rf.ces.bladder-bowel|emergency': 1 },
			signposts: { gp: 2, 'physio-self-referral': 1 }
		});
		expectSameMeasures(measures, rawMeasuresOf(records));
	});

	it('redo only the keys they are given, and everything when given none', async () => {
		const leeds = record({ locality: 'example-leeds', monthEnrolled: '2026-01' });
		const cardiff = record({ locality: 'example-cardiff', monthEnrolled: '2026-01' });
		await storeRecords(database(), []);
		await refreshRollups(database());
		await storeRecords(database(), [leeds, cardiff]);
		const leedsKey = { month: '2026-01', locality: 'example-leeds', pathwayId: leeds.pathwayId };
		const cardiffKey = { ...leedsKey, locality: 'example-cardiff' };

		await refreshRollups(database(), [leedsKey, leedsKey]);
		expect((await rolledUp(database(), leedsKey)).enrolments).toBe(1);
		expect((await rolledUp(database(), cardiffKey)).enrolments).toBe(0);

		await refreshRollups(database(), []);
		expect((await rolledUp(database())).enrolments).toBe(1);

		await refreshRollups(database());
		expect((await rolledUp(database())).enrolments).toBe(2);

		// A withdrawn record leaves the rollups once its key is refreshed.
		await storeRecords(database(), [cardiff]);
		await refreshRollups(database(), [leedsKey]);
		expect((await rolledUp(database(), leedsKey)).enrolments).toBe(0);
		expect((await rolledUp(database(), cardiffKey)).enrolments).toBe(1);
	});

	it('hold, for any set of records, exactly what the definitions give', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(outcomeRecordArbitrary, { maxLength: 40 }), async (records) => {
				await storeRecords(database(), records);
				await refreshRollups(database());
				expectSameMeasures(await rolledUp(database()), rawMeasuresOf(records));
			}),
			{ numRuns: 15 }
		);
	});

	it('agree, refreshed key by key, with a full refresh', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(outcomeRecordArbitrary, { maxLength: 30 }),
				fc.array(outcomeRecordArbitrary, { maxLength: 30 }),
				async (before, after) => {
					await storeRecords(database(), before);
					await refreshRollups(database());
					await storeRecords(database(), after);
					const keys = [...before, ...after].map((r) => ({
						month: r.monthEnrolled,
						locality: r.locality,
						pathwayId: r.pathwayId
					}));
					await refreshRollups(database(), keys);
					expectSameMeasures(await rolledUp(database()), rawMeasuresOf(after));
				}
			),
			{ numRuns: 10 }
		);
	});
});
