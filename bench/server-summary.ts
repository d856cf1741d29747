/**
 * Summary benchmark (issue C): seed a database with synthetic records (`seedDatabase`, the
 * `limber seed` path), time a full rollup refresh, then time a typical commissioner query (the
 * latest 12 months, all localities) with and without a breakdown, read from the rollups
 * (`readSummary`) and from the raw table (`readSummaryFromRaw`), in this process.
 */
import type { ServerDatabase } from '../src/lib/server/db/connection.js';
import type { Principal } from '../src/lib/server/auth/principal.js';
import { seedDatabase } from '../src/lib/server/seed/seed-database.js';
import { refreshRollups } from '../src/lib/server/summaries/rollups.js';
import {
	readSummary,
	readSummaryFromRaw,
	type SummaryBreakdown,
	type SummaryQuery
} from '../src/lib/server/summaries/summary.js';
import { summarize, type Summary } from './patient/stats.js';

export interface QueryTiming {
	/** `by=`, or 'none'. */
	readonly by: SummaryBreakdown | 'none';
	readonly rollupsMs: Summary;
	readonly rawMs: Summary;
	/** Raw median / rollups median. */
	readonly rawOverRollups: number;
	/** The two reads returned the same disclosed summary. */
	readonly agree: boolean;
}

export interface SummaryBenchResult {
	readonly engine: 'pglite' | 'postgres';
	readonly records: number;
	readonly seed: { readonly insertSeconds: number; readonly recordsPerSecond: number };
	/** The refresh at the end of the seed, and a second full refresh straight after it. */
	readonly refreshSeconds: { readonly afterSeed: number; readonly again: number };
	/** The slower of the two refreshes, scaled to one million records. */
	readonly refreshSecondsPerMillion: number;
	readonly query: { readonly from: string; readonly to: string };
	readonly queries: readonly QueryTiming[];
}

/** Who asks: an admin seeing every locality (the largest query a principal can make). */
const PRINCIPAL: Principal = { kind: 'token', id: 'bench', role: 'admin', localities: 'all' };

/** `by=` values timed besides the plain query. */
const BREAKDOWNS: readonly SummaryBreakdown[] = ['month', 'locality', 'ageBand'];

/** Seeds `records` records ending `endMonth`, then times the refresh and the queries. */
export async function measureSummaries(options: {
	readonly database: ServerDatabase;
	readonly records: number;
	readonly endMonth: string;
	readonly rollupSamples: number;
	readonly rawSamples: number;
	readonly log: (line: string) => void;
}): Promise<SummaryBenchResult> {
	const { database, records, endMonth, log } = options;
	log(`summary (${database.engine}): seeding ${records.toLocaleString('en-GB')} records`);
	const seeded = await seedDatabase(database, {
		records,
		seed: 1,
		endMonth,
		onProgress: (done, total) => {
			if (done % 100_000 === 0 || done === total) log(`  ${done.toLocaleString('en-GB')} stored`);
		}
	});
	log(`  refresh after seed: ${seeded.refreshSeconds.toFixed(2)} s`);
	const started = performance.now();
	await refreshRollups(database);
	const again = (performance.now() - started) / 1000;
	log(`  second full refresh: ${again.toFixed(2)} s`);

	const query = { from: monthsBefore(endMonth, 11), to: endMonth };
	const queries: QueryTiming[] = [];
	for (const by of ['none', ...BREAKDOWNS] as const) {
		const summaryQuery: SummaryQuery = by === 'none' ? query : { ...query, by };
		const fromRollups = await time(
			() => readSummary(database, summaryQuery, PRINCIPAL),
			options.rollupSamples
		);
		const fromRaw = await time(
			() => readSummaryFromRaw(database, summaryQuery, PRINCIPAL),
			options.rawSamples
		);
		const rollupsMs = summarize(fromRollups.samples);
		const rawMs = summarize(fromRaw.samples);
		const timing: QueryTiming = {
			by,
			rollupsMs,
			rawMs,
			rawOverRollups: Math.round((rawMs.median / rollupsMs.median) * 10) / 10,
			agree: JSON.stringify(fromRollups.last) === JSON.stringify(fromRaw.last)
		};
		log(
			`  by=${by}: rollups median ${rollupsMs.median} ms (p95 ${rollupsMs.p95}), raw median ${rawMs.median} ms (p95 ${rawMs.p95}), ${timing.rawOverRollups}x`
		);
		queries.push(timing);
	}
	return {
		engine: database.engine,
		records,
		seed: {
			insertSeconds: round2(seeded.insertSeconds),
			recordsPerSecond: Math.round(records / seeded.insertSeconds)
		},
		refreshSeconds: { afterSeed: round2(seeded.refreshSeconds), again: round2(again) },
		refreshSecondsPerMillion: round2(
			(Math.max(seeded.refreshSeconds, again) * 1_000_000) / records
		),
		query,
		queries
	};
}

/** Runs `read` once to warm up, then `samples` times; the durations and the last answer. */
async function time<T>(
	read: () => Promise<T>,
	samples: number
): Promise<{ samples: number[]; last: T }> {
	let last = await read();
	const durations: number[] = [];
	for (let i = 0; i < samples; i++) {
		const started = performance.now();
		last = await read();
		durations.push(performance.now() - started);
	}
	return { samples: durations, last };
}

/** The month `count` months before `month` (YYYY-MM). */
function monthsBefore(month: string, count: number): string {
	const [year = 0, index = 1] = month.split('-').map(Number);
	const total = year * 12 + (index - 1) - count;
	return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}
