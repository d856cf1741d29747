/**
 * Test support for rollups and summaries: random valid outcome records (fast-check), a way to
 * store them, and an oracle that computes each measure from the records in plain TypeScript,
 * straight from the definitions in src/lib/server/ingest/record-row.ts, for the SQL to be
 * checked against.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { ServerDatabase } from '../../../../src/lib/server/db/connection.js';
import { outcomeRecords } from '../../../../src/lib/server/db/schema.js';
import {
	ACTIVE_AT_30_MIN_DAYS,
	toOutcomeRow,
	type OutcomeRow
} from '../../../../src/lib/server/ingest/record-row.js';
import {
	EXAMPLE_OUTCOME_RECORD,
	OutcomeRecordSchema,
	type MilestoneScores,
	type OutcomeRecord
} from '../../../../src/lib/shared/outcome-record.js';

export const MONTHS = ['2026-01', '2026-02', '2026-03'] as const;
export const LOCALITIES = ['example-leeds', 'example-cardiff'] as const;
export const PATHWAYS = ['low-back-pain', 'knee-pain'] as const;

const optional = <T>(arbitrary: fc.Arbitrary<T>) =>
	fc.option(arbitrary, { nil: undefined, freq: 3 });

const scores = (milestone: string, week: number): fc.Arbitrary<MilestoneScores> =>
	fc.record(
		{
			milestone: fc.constant(milestone),
			week: fc.constant(week),
			painNrs: optional(fc.integer({ min: 0, max: 10 })),
			psfs: optional(fc.constantFrom(0, 1.5, 3.3, 4, 5.3, 6.7, 7.3, 10)),
			phq2: optional(fc.integer({ min: 0, max: 6 })),
			gad2: optional(fc.integer({ min: 0, max: 6 })),
			globalChange: optional(fc.integer({ min: -3, max: 3 }))
		},
		{ requiredKeys: ['milestone', 'week'] }
	);

/** A valid outcome record drawn from a small world, so that groups share records. */
export const outcomeRecordArbitrary: fc.Arbitrary<OutcomeRecord> = fc
	.record({
		recordId: fc.uuid({ version: 4 }),
		monthEnrolled: fc.constantFrom(...MONTHS),
		locality: fc.constantFrom(...LOCALITIES),
		pathwayId: fc.constantFrom(...PATHWAYS),
		referral: fc.constantFrom('self', 'gp', 'physio-waiting-list'),
		onWaitingList: fc.boolean(),
		leftWaitingList: fc.boolean(),
		ageBand: fc.constantFrom('30-39', '40-49', '70-79'),
		sex: optional(fc.constantFrom('female', 'male')),
		ethnicity: optional(fc.constantFrom('white', 'asian', 'prefer-not-to-say')),
		baseline: scores('baseline', 0),
		later: fc.array(scores('day-42', 6), { maxLength: 2 }),
		escalations: fc.array(
			fc.record({
				code: fc.constantFrom('sn.worsening', 'sn.low-mood', 'rf.ces.bladder-bowel'),
				severity: fc.constantFrom('emergency', 'urgent', 'soon', 'routine'),
				week: fc.integer({ min: 0, max: 12 })
			}),
			{ maxLength: 3 }
		),
		signposts: fc.array(fc.constantFrom('gp', 'pharmacy', 'talking-therapies'), { maxLength: 3 }),
		status: fc.constantFrom('active', 'finished', 'escalated', 'stopped'),
		daysActiveFirst30: fc.integer({ min: 0, max: 30 }),
		workStatusBaseline: optional(fc.constantFrom('working', 'off-work', 'not-working')),
		workStatusLatest: optional(fc.constantFrom('working', 'working-changed', 'off-work'))
	})
	.map(({ baseline, later, ...rest }) =>
		OutcomeRecordSchema.parse({
			...EXAMPLE_OUTCOME_RECORD,
			...withoutUndefined(rest),
			scores: [baseline, ...later].map(withoutUndefined)
		})
	);

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Replaces every outcome record with `records` (rollups untouched). */
export async function storeRecords(
	database: ServerDatabase,
	records: readonly OutcomeRecord[]
): Promise<void> {
	await database.db.execute(sql`DELETE FROM outcome_records`);
	if (records.length > 0)
		await database.db.insert(outcomeRecords).values(records.map(toOutcomeRow));
}

/** The raw figures of one group of records, as the rollups should hold them. */
export interface RawMeasures {
	enrolments: number;
	activeAt30: number;
	finished: number;
	escalatedAny: number;
	escalatedEmergency: number;
	escalatedUrgent: number;
	escalatedSoon: number;
	escalatedRoutine: number;
	painPairs: number;
	painChangeSum: number;
	painMeaningful: number;
	psfsPairs: number;
	psfsChangeSum: number;
	psfsMeaningful: number;
	phq2Screened: number;
	phq2Positive: number;
	gad2Screened: number;
	gad2Positive: number;
	onWaitingList: number;
	leftWaitingList: number;
	offWorkAtBaseline: number;
	backAtWork: number;
	globalChangeAnswered: number;
	globalChangeBetter: number;
	/** People with each `code|severity`. */
	escalationCodes: Record<string, number>;
	/** People signposted to each category. */
	signposts: Record<string, number>;
}

/** Every measure of `records`, from the definitions, without SQL. */
export function rawMeasuresOf(records: readonly OutcomeRecord[]): RawMeasures {
	const rows = records.map(toOutcomeRow);
	const count = (test: (row: OutcomeRow) => boolean) => rows.filter(test).length;
	const has = (row: OutcomeRow, severity: string) =>
		(row.escalations ?? []).some((e) => e.severity === severity);
	const pain = rows.filter((r) => r.painBaseline != null && r.painLatest != null);
	const psfs = rows.filter((r) => r.psfsBaseline != null && r.psfsLatest != null);
	// The database stores PSFS as float4; compare the same values it compares.
	const f4 = (value: number) => Math.fround(value);
	const peopleBy = (keysOf: (record: OutcomeRecord) => string[]) => {
		const tally: Record<string, number> = {};
		for (const record of records) {
			for (const key of new Set(keysOf(record))) tally[key] = (tally[key] ?? 0) + 1;
		}
		return tally;
	};
	return {
		enrolments: rows.length,
		activeAt30: count((r) => r.daysActiveFirst30 >= ACTIVE_AT_30_MIN_DAYS),
		finished: count((r) => r.status === 'finished'),
		escalatedAny: count((r) => (r.escalations ?? []).length > 0),
		escalatedEmergency: count((r) => has(r, 'emergency')),
		escalatedUrgent: count((r) => has(r, 'urgent')),
		escalatedSoon: count((r) => has(r, 'soon')),
		escalatedRoutine: count((r) => has(r, 'routine')),
		painPairs: pain.length,
		painChangeSum: pain.reduce((sum, r) => sum + (r.painLatest! - r.painBaseline!), 0),
		painMeaningful: pain.filter((r) => r.painBaseline! - r.painLatest! >= 2).length,
		psfsPairs: psfs.length,
		psfsChangeSum: psfs.reduce((sum, r) => sum + (f4(r.psfsLatest!) - f4(r.psfsBaseline!)), 0),
		psfsMeaningful: psfs.filter((r) => f4(r.psfsLatest!) - f4(r.psfsBaseline!) >= 1.999).length,
		phq2Screened: count((r) => r.phq2Positive != null),
		phq2Positive: count((r) => r.phq2Positive === true),
		gad2Screened: count((r) => r.gad2Positive != null),
		gad2Positive: count((r) => r.gad2Positive === true),
		onWaitingList: count((r) => r.onWaitingList),
		leftWaitingList: count((r) => r.onWaitingList && r.leftWaitingList),
		offWorkAtBaseline: count((r) => r.workStatusBaseline === 'off-work'),
		backAtWork: count(
			(r) =>
				r.workStatusBaseline === 'off-work' &&
				(r.workStatusLatest === 'working' || r.workStatusLatest === 'working-changed')
		),
		globalChangeAnswered: count((r) => r.globalChangeLatest != null),
		globalChangeBetter: count((r) => r.globalChangeLatest != null && r.globalChangeLatest >= 2),
		escalationCodes: peopleBy((r) => r.escalations.map((e) => `${e.code}|${e.severity}`)),
		signposts: peopleBy((r) => r.signposts)
	};
}
