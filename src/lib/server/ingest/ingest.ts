/**
 * Storing shared outcome records (architecture.md, "Ingest"): batched multi-row inserts,
 * idempotent on (recordId, revision).
 *
 * Invariants:
 * - a batch is ONE `INSERT ... ON CONFLICT (record_id) DO UPDATE` (up to `ROWS_PER_INSERT`
 *   rows; the API's 500-record cap is well under it), never a row at a time;
 * - a stored record is replaced only by a higher revision, so replays change nothing and an
 *   older revision arriving late never overwrites a newer one;
 * - the first revision stored sets the withdraw token; a later revision with another token is
 *   refused (someone who knows a record id cannot take it over);
 * - a withdrawn record id is never stored again (`withdrawn_records`), even by an ingest running
 *   at the same time as the withdrawal (see `WITHDRAW_LOCK_KEY`).
 *
 * `affected` lists the rollup keys whose rows changed, including a revised record's old key
 * when the revision moved it, so the rollups can be refreshed for just those.
 */
import { timingSafeEqual } from 'node:crypto';
import { eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { OutcomeRecord } from '../../shared/outcome-record.js';
import type { ServerDatabase } from '../db/connection.js';
import { outcomeRecords, withdrawnRecords } from '../db/schema.js';
import type { RollupKey } from '../summaries/rollups.js';
import { hashWithdrawToken, toOutcomeRow, type OutcomeRow } from './record-row.js';

export interface IngestResult {
	/** Records stored: new, or a higher revision of a stored record. */
	readonly accepted: number;
	/** Records that changed nothing: replays, older revisions, wrong tokens, withdrawn ids. */
	readonly unchanged: number;
	/** The distinct rollup keys whose records changed. */
	readonly affected: readonly RollupKey[];
}

/** A withdrawal: the key to refresh when a record was deleted, or why nothing was. */
export type WithdrawResult =
	{ ok: true; affected: readonly RollupKey[] } | { ok: false; reason: 'not-found' | 'wrong-token' };

/**
 * Rows per INSERT statement. PostgreSQL allows 65,535 bind parameters per statement and a row
 * has 28 columns, so 1,000 rows (28,000 parameters) stay well inside it.
 */
export const ROWS_PER_INSERT = 1000;

/**
 * An arbitrary, fixed key for the advisory lock that orders ingests and withdrawals (the
 * migrator and the rollup refresh use others). Ingests take it shared, so they never wait for
 * each other; a withdrawal takes it exclusively, so it sees every ingest committed before it and
 * every later ingest sees the withdrawn id. Row locks alone cannot do this: a withdrawal cannot
 * lock a row that an ingest has inserted but not yet committed.
 */
const WITHDRAW_LOCK_KEY = 4_714_329;

/** Stores validated records; see the invariants above. */
export async function ingestRecords(
	database: Pick<ServerDatabase, 'db'>,
	records: readonly OutcomeRecord[]
): Promise<IngestResult> {
	const rows = latestRevisionPerRecord(records.map(withCanonicalId)).map(toOutcomeRow);
	let accepted = 0;
	const affected = new Map<string, RollupKey>();
	for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
		const chunk = await storeChunk(database, rows.slice(start, start + ROWS_PER_INSERT));
		accepted += chunk.accepted;
		for (const key of chunk.affected) affected.set(keyId(key), key);
	}
	return { accepted, unchanged: records.length - accepted, affected: [...affected.values()] };
}

/**
 * Deletes a record when `token` is its withdraw token, and remembers the id so the record is
 * never stored again. An id that is not stored is remembered too (its revision may still be on
 * the way): only the phone that made the random id can know it.
 */
export async function withdrawRecord(
	database: Pick<ServerDatabase, 'db'>,
	recordId: string,
	token: string
): Promise<WithdrawResult> {
	const id = recordId.toLowerCase();
	return database.db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${sql.raw(String(WITHDRAW_LOCK_KEY))})`);
		const [stored] = await tx
			.select({
				withdrawTokenHash: outcomeRecords.withdrawTokenHash,
				month: outcomeRecords.monthEnrolled,
				locality: outcomeRecords.locality,
				pathwayId: outcomeRecords.pathwayId
			})
			.from(outcomeRecords)
			.where(eq(outcomeRecords.recordId, id))
			.for('update');
		if (stored !== undefined && !isSameHash(stored.withdrawTokenHash, hashWithdrawToken(token))) {
			return { ok: false, reason: 'wrong-token' };
		}
		await tx.insert(withdrawnRecords).values({ recordId: id }).onConflictDoNothing();
		if (stored === undefined) return { ok: false, reason: 'not-found' };
		await tx.delete(outcomeRecords).where(eq(outcomeRecords.recordId, id));
		const { month, locality, pathwayId } = stored;
		return { ok: true, affected: [{ month, locality, pathwayId }] };
	});
}

/**
 * The record with its id in lower case, as PostgreSQL gives a uuid back: the id is compared in
 * JavaScript (duplicates in a batch, withdrawn ids), where "ABC" and "abc" would differ.
 */
function withCanonicalId(record: OutcomeRecord): OutcomeRecord {
	return { ...record, recordId: record.recordId.toLowerCase() };
}

/**
 * One row per record id, its highest revision: PostgreSQL refuses an INSERT ... ON CONFLICT
 * that would update the same row twice, and the lower revisions would lose anyway. Sorted by id,
 * so that two batches sharing ids lock their rows in the same order (no deadlock).
 */
function latestRevisionPerRecord(records: readonly OutcomeRecord[]): OutcomeRecord[] {
	const latest = new Map<string, OutcomeRecord>();
	for (const record of records) {
		const kept = latest.get(record.recordId);
		if (kept === undefined || record.revision > kept.revision) latest.set(record.recordId, record);
	}
	return [...latest.values()].sort((a, b) =>
		a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0
	);
}

/** The table's columns: property name, SQL name and SQL type. */
const COLUMNS = Object.entries(getTableColumns(outcomeRecords)).map(([key, column]) => ({
	key: key as keyof OutcomeRow,
	name: column.name,
	type: column.getSQLType()
}));

/**
 * The one statement that stores a chunk. The rows travel as ONE jsonb parameter, unpacked by
 * `jsonb_to_recordset`, instead of 28 bind parameters a row: the same multi-row INSERT, but
 * about seven times faster on PGlite, which is slow at binding thousands of parameters.
 * - withdrawn ids are left out (`NOT EXISTS` against `withdrawn_records`);
 * - a stored record is replaced only by a higher revision carrying the same withdraw token
 *   hash; every column but the id and the hash is replaced;
 * - RETURNING lists the rows inserted or replaced, with their (new) rollup key.
 */
function upsertStatement(rows: readonly OutcomeRow[]): SQL {
	const records = rows.map((row) =>
		Object.fromEntries(COLUMNS.map(({ key, name }) => [name, row[key] ?? null]))
	);
	const names = sql.join(
		COLUMNS.map(({ name }) => sql.identifier(name)),
		sql`, `
	);
	const definitions = sql.join(
		COLUMNS.map(({ name, type }) => sql`${sql.identifier(name)} ${sql.raw(type)}`),
		sql`, `
	);
	const replaced = sql.join(
		COLUMNS.filter(({ key }) => key !== 'recordId' && key !== 'withdrawTokenHash').map(
			({ name }) => sql`${sql.identifier(name)} = excluded.${sql.identifier(name)}`
		),
		sql`, `
	);
	return sql`
		INSERT INTO outcome_records (${names})
		SELECT ${names} FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(${definitions})
		WHERE NOT EXISTS (SELECT 1 FROM withdrawn_records w WHERE w.record_id = r.record_id)
		ON CONFLICT (record_id) DO UPDATE SET ${replaced}
		WHERE outcome_records.revision < excluded.revision
			AND outcome_records.withdraw_token_hash = excluded.withdraw_token_hash
		RETURNING record_id AS "recordId", month_enrolled AS "month", locality, pathway_id AS "pathwayId"`;
}

async function storeChunk(
	database: Pick<ServerDatabase, 'db'>,
	rows: OutcomeRow[]
): Promise<{ accepted: number; affected: RollupKey[] }> {
	if (rows.length === 0) return { accepted: 0, affected: [] };
	const ids = rows.map((row) => row.recordId);
	return database.db.transaction(async (tx) => {
		await tx.execute(
			sql`SELECT pg_advisory_xact_lock_shared(${sql.raw(String(WITHDRAW_LOCK_KEY))})`
		);
		// The keys the stored revisions are under now, read (and locked, so a concurrent
		// withdrawal or ingest of the same ids waits) before they are replaced.
		const before = await tx
			.select({
				recordId: outcomeRecords.recordId,
				month: outcomeRecords.monthEnrolled,
				locality: outcomeRecords.locality,
				pathwayId: outcomeRecords.pathwayId
			})
			.from(outcomeRecords)
			.where(inArray(outcomeRecords.recordId, ids))
			.orderBy(outcomeRecords.recordId)
			.for('update');
		const result = await tx.execute(upsertStatement(rows));
		// Both drivers (PGlite, node-postgres) answer with `rows`.
		const stored = (result as { rows: (RollupKey & { recordId: string })[] }).rows;

		const changed = new Set(stored.map((row) => row.recordId));
		const keys = [...stored, ...before.filter((row) => changed.has(row.recordId))].map(
			({ month, locality, pathwayId }) => ({ month, locality, pathwayId })
		);
		return { accepted: stored.length, affected: keys };
	});
}

/** Compares two hex hashes in constant time (no early exit that would time the match). */
function isSameHash(stored: string, given: string): boolean {
	const a = Buffer.from(stored, 'hex');
	const b = Buffer.from(given, 'hex');
	return a.length === b.length && timingSafeEqual(a, b);
}

function keyId(key: RollupKey): string {
	return JSON.stringify([key.month, key.locality, key.pathwayId]);
}
