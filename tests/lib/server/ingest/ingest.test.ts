import { randomBytes, randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outcomeRecords } from '../../../../src/lib/server/db/schema.js';
import type { ServerDatabase } from '../../../../src/lib/server/db/connection.js';
import {
	ingestRecords,
	ROWS_PER_INSERT,
	withdrawRecord
} from '../../../../src/lib/server/ingest/ingest.js';
import {
	EXAMPLE_OUTCOME_RECORD,
	type OutcomeRecord
} from '../../../../src/lib/shared/outcome-record.js';
import { describeEachEngine } from '../databases.js';

function makeRecord(overrides: Partial<OutcomeRecord> = {}): OutcomeRecord {
	return {
		...EXAMPLE_OUTCOME_RECORD,
		recordId: randomUUID(),
		withdrawToken: randomBytes(32).toString('base64url'),
		revision: 1,
		...overrides
	};
}

async function storedIds(database: ServerDatabase, ids: string[]): Promise<string[]> {
	const rows = await database.db
		.select({ recordId: outcomeRecords.recordId })
		.from(outcomeRecords)
		.where(inArray(outcomeRecords.recordId, ids));
	return rows.map((row) => row.recordId).sort();
}

describeEachEngine('storing outcome records', (database) => {
	it('stores more records than one INSERT takes, in chunks', async () => {
		const records = Array.from({ length: ROWS_PER_INSERT + 20 }, () => makeRecord());
		const result = await ingestRecords(database(), records);
		expect(result).toMatchObject({ accepted: ROWS_PER_INSERT + 20, unchanged: 0 });
		expect(result.affected).toEqual([
			{ month: '2026-11', locality: 'example-leeds', pathwayId: 'low-back-pain' }
		]);
		expect(
			await storedIds(
				database(),
				records.map((r) => r.recordId)
			)
		).toHaveLength(ROWS_PER_INSERT + 20);
	});

	it('treats an id in upper and lower case as one record, withdrawn or not', async () => {
		const record = makeRecord();
		const upper = { ...record, recordId: record.recordId.toUpperCase(), revision: 2 };
		expect(await ingestRecords(database(), [record, upper])).toMatchObject({
			accepted: 1,
			unchanged: 1
		});
		expect(await withdrawRecord(database(), upper.recordId, record.withdrawToken)).toMatchObject({
			ok: true
		});
		expect(await ingestRecords(database(), [{ ...upper, revision: 3 }])).toMatchObject({
			accepted: 0,
			unchanged: 1
		});
		expect(await storedIds(database(), [record.recordId])).toEqual([]);
	});

	it('never keeps a record whose withdrawal ran at the same time as its ingest', async () => {
		const records = Array.from({ length: 12 }, () => makeRecord());
		await Promise.all(
			records.flatMap((record) => [
				ingestRecords(database(), [record]),
				withdrawRecord(database(), record.recordId, record.withdrawToken)
			])
		);
		expect(
			await storedIds(
				database(),
				records.map((r) => r.recordId)
			)
		).toEqual([]);
	});
});
