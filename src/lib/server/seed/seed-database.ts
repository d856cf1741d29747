/**
 * Filling a database with synthetic outcome records (`limber seed`, demos, benchmarks) through
 * the same code path as `POST /api/v1/outcomes` (`ingestRecords`: multi-row, idempotent
 * inserts), then one full rollup refresh so summaries see them.
 *
 * Records are made and stored in batches, and the next batch is made while the previous one
 * is being written: on PostgreSQL (another process) the two overlap. A seed is deterministic:
 * the same seed, end month and count make the same records, and seeding them twice stores
 * nothing new (the second run's records are all `unchanged`).
 */
import type { ServerDatabase } from '../db/connection.js';
import { ingestRecords } from '../ingest/ingest.js';
import { refreshRollups } from '../summaries/rollups.js';
import { generateSyntheticRecords } from './synthetic-records.js';

/** Records made and stored per batch: large enough for multi-row inserts, small in memory. */
export const SEED_BATCH_SIZE = 5000;

export interface SeedOptions {
	/** How many records to make. */
	readonly records: number;
	/** Any 32-bit integer; the same seed makes the same records. */
	readonly seed: number;
	/** The latest month enrolled (YYYY-MM); records span it and the 23 months before. */
	readonly endMonth: string;
	/** Records per batch (default `SEED_BATCH_SIZE`). */
	readonly batchSize?: number;
	/** Called after each batch is stored, with the records stored so far. */
	readonly onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
	/** Records stored (new ids, or higher revisions). */
	readonly accepted: number;
	/** Records that changed nothing (already stored by an earlier seed with the same seed). */
	readonly unchanged: number;
	/** Seconds spent making and storing the records. */
	readonly insertSeconds: number;
	/** Seconds spent refreshing every rollup. */
	readonly refreshSeconds: number;
}

/** Makes and stores `records` synthetic records, then refreshes every rollup. */
export async function seedDatabase(
	database: Pick<ServerDatabase, 'db'>,
	options: SeedOptions
): Promise<SeedResult> {
	const batchSize = Math.max(1, options.batchSize ?? SEED_BATCH_SIZE);
	let accepted = 0;
	let unchanged = 0;
	let done = 0;
	const started = performance.now();
	let writing: Promise<void> | undefined;
	for (let start = 0; start < options.records; start += batchSize) {
		const count = Math.min(batchSize, options.records - start);
		const records = generateSyntheticRecords({
			seed: options.seed,
			endMonth: options.endMonth,
			start,
			count
		});
		// One batch in flight at a time: make the next while this one is written.
		await writing;
		writing = ingestRecords(database, records).then((result) => {
			accepted += result.accepted;
			unchanged += result.unchanged;
			done += records.length;
			options.onProgress?.(done, options.records);
		});
	}
	await writing;
	const inserted = performance.now();
	await refreshRollups(database);
	const refreshed = performance.now();
	return {
		accepted,
		unchanged,
		insertSeconds: (inserted - started) / 1000,
		refreshSeconds: (refreshed - inserted) / 1000
	};
}
