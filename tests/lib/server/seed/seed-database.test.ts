import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { ServerDatabase } from '../../../../src/lib/server/db/connection.js';
import { seedDatabase } from '../../../../src/lib/server/seed/seed-database.js';
import { generateSyntheticRecords } from '../../../../src/lib/server/seed/synthetic-records.js';
import { readSummary } from '../../../../src/lib/server/summaries/summary.js';
import { describeEachEngine } from '../databases.js';

async function rows<T>(database: ServerDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
	const result: unknown = await database.db.execute(query);
	return (result as { rows: T[] }).rows;
}

async function count(database: ServerDatabase, table: string): Promise<number> {
	const [row] = await rows<{ n: number | string }>(
		database,
		sql`SELECT count(*) AS n FROM ${sql.raw(table)}`
	);
	return Number(row?.n);
}

const OPTIONS = { records: 1200, seed: 7, endMonth: '2026-10', batchSize: 500 } as const;

/** Enrolments over the seed's 24 months, as an admin's summary (read from the rollups) shows. */
async function summarisedEnrolments(database: ServerDatabase): Promise<unknown> {
	const summary = await readSummary(
		database,
		{ from: '2024-11', to: OPTIONS.endMonth },
		{ kind: 'token', id: 'test', role: 'admin', localities: 'all' }
	);
	return summary.total.values.enrolments;
}

describeEachEngine('seedDatabase', (database) => {
	it('stores every record in batches, reports progress and fills the rollups', async () => {
		const progress: number[] = [];
		const result = await seedDatabase(database(), {
			...OPTIONS,
			onProgress: (done, total) => {
				expect(total).toBe(OPTIONS.records);
				progress.push(done);
			}
		});
		expect(result).toMatchObject({ accepted: OPTIONS.records, unchanged: 0 });
		expect(progress).toEqual([500, 1000, 1200]);
		expect(await count(database(), 'outcome_records')).toBe(OPTIONS.records);

		// The summary (from the rollups) counts every seeded record once (1,200 is a multiple of 5,
		// so disclosure control's rounding leaves it as it is); there are escalations and signposts.
		expect(await summarisedEnrolments(database())).toBe(OPTIONS.records);
		expect(await count(database(), 'rollup_escalation_codes')).toBeGreaterThan(0);
		expect(await count(database(), 'rollup_signposts')).toBeGreaterThan(0);
	});

	it('stores exactly the records the generator makes for the seed', async () => {
		const expected = generateSyntheticRecords({
			seed: OPTIONS.seed,
			endMonth: OPTIONS.endMonth,
			count: OPTIONS.records
		});
		const stored = await rows<{ record_id: string; locality: string; month_enrolled: string }>(
			database(),
			sql`SELECT record_id, locality, month_enrolled FROM outcome_records ORDER BY record_id`
		);
		expect(stored).toEqual(
			expected
				.map((record) => ({
					record_id: record.recordId,
					locality: record.locality,
					month_enrolled: record.monthEnrolled
				}))
				.sort((a, b) => (a.record_id < b.record_id ? -1 : 1))
		);
		// Varied: several localities, pathways and months.
		const [spread] = await rows<{ localities: number; pathways: number; months: number }>(
			database(),
			sql`SELECT count(DISTINCT locality)::int AS localities, count(DISTINCT pathway_id)::int AS pathways,
				count(DISTINCT month_enrolled)::int AS months FROM outcome_records`
		);
		expect(spread?.localities).toBeGreaterThan(5);
		expect(spread?.pathways).toBe(4);
		expect(spread?.months).toBe(24);
	});

	it('is idempotent: seeding the same seed again stores nothing new', async () => {
		const again = await seedDatabase(database(), { ...OPTIONS, batchSize: 700 });
		expect(again).toMatchObject({ accepted: 0, unchanged: OPTIONS.records });
		expect(await count(database(), 'outcome_records')).toBe(OPTIONS.records);
	});

	it('adds a different seed alongside, and the rollups count both', async () => {
		const other = await seedDatabase(database(), { ...OPTIONS, records: 300, seed: 8 });
		expect(other.accepted).toBe(300);
		expect(await count(database(), 'outcome_records')).toBe(OPTIONS.records + 300);
		expect(await summarisedEnrolments(database())).toBe(OPTIONS.records + 300);
	});
});
