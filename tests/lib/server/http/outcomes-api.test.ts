import { randomBytes, randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { outcomeRecords, withdrawnRecords } from '../../../../src/lib/server/db/schema.js';
import type { ServerDatabase } from '../../../../src/lib/server/db/connection.js';
import {
	createOutcomesApi,
	MAX_BATCH_BYTES,
	outcomeRecordJsonSchema,
	type OutcomesApi
} from '../../../../src/lib/server/http/outcomes-api.js';
import { createRateLimiter, UNLIMITED } from '../../../../src/lib/server/http/rate-limit.js';
import { hashWithdrawToken } from '../../../../src/lib/server/ingest/record-row.js';
import type { RollupKey } from '../../../../src/lib/server/summaries/rollups.js';
import {
	EXAMPLE_OUTCOME_RECORD,
	OutcomeRecordSchema,
	type OutcomeRecord
} from '../../../../src/lib/shared/outcome-record.js';
import { describeEachEngine } from '../databases.js';

/** A valid record with a fresh id and token. */
function makeRecord(overrides: Partial<OutcomeRecord> = {}): OutcomeRecord {
	return {
		...EXAMPLE_OUTCOME_RECORD,
		recordId: randomUUID(),
		withdrawToken: randomBytes(32).toString('base64url'),
		revision: 1,
		...overrides
	};
}

function postEvent(
	body: BodyInit,
	options: { contentType?: string; address?: string; contentLength?: string } = {}
) {
	const headers = new Headers({ 'content-type': options.contentType ?? 'application/json' });
	if (options.contentLength !== undefined) headers.set('content-length', options.contentLength);
	return {
		request: new Request('http://limber.test/api/v1/outcomes', {
			method: 'POST',
			headers,
			body,
			duplex: 'half'
		} as RequestInit),
		getClientAddress: () => options.address ?? '192.0.2.1'
	};
}

function postRecords(api: OutcomesApi, records: unknown[], address?: string) {
	return api.postOutcomes(
		postEvent(JSON.stringify({ records }), address === undefined ? {} : { address })
	);
}

function deleteEvent(recordId: string, authorization?: string, address = '192.0.2.1') {
	return {
		request: new Request(`http://limber.test/api/v1/outcomes/${recordId}`, {
			method: 'DELETE',
			headers: authorization === undefined ? {} : { authorization }
		}),
		getClientAddress: () => address,
		params: { recordId }
	};
}

async function storedRows(database: ServerDatabase, ids: string[]) {
	return database.db.select().from(outcomeRecords).where(inArray(outcomeRecords.recordId, ids));
}

describeEachEngine('the outcome endpoints', (database) => {
	let changes: (readonly RollupKey[])[];
	let api: OutcomesApi;
	beforeEach(() => {
		changes = [];
		api = createOutcomesApi({
			database: () => Promise.resolve(database()),
			rateLimiter: UNLIMITED,
			onChange: (_database, keys) => changes.push(keys)
		});
	});

	describe('POST /api/v1/outcomes', () => {
		it('stores a valid batch and answers 201 with the counts', async () => {
			const records = [makeRecord(), makeRecord({ locality: 'example-york' }), makeRecord()];
			const response = await postRecords(api, records);
			expect(response.status).toBe(201);
			expect(await response.json()).toEqual({ accepted: 3, unchanged: 0 });
			const rows = await storedRows(
				database(),
				records.map((r) => r.recordId)
			);
			expect(rows).toHaveLength(3);
			expect(rows.map((r) => r.withdrawTokenHash).sort()).toEqual(
				records.map((r) => hashWithdrawToken(r.withdrawToken)).sort()
			);
			expect(JSON.stringify(rows)).not.toContain(records[0]?.withdrawToken);
			expect(changes).toHaveLength(1);
			expect(changes[0]).toHaveLength(2);
			expect(changes[0]).toContainEqual({
				month: '2026-11',
				locality: 'example-york',
				pathwayId: 'low-back-pain'
			});
		});

		it('changes nothing when the same batch is replayed', async () => {
			const records = [makeRecord(), makeRecord()];
			await postRecords(api, records);
			const replay = await postRecords(api, records);
			expect(replay.status).toBe(201);
			expect(await replay.json()).toEqual({ accepted: 0, unchanged: 2 });
			expect(
				await storedRows(
					database(),
					records.map((r) => r.recordId)
				)
			).toHaveLength(2);
			expect(changes.at(-1)).toEqual([]);
		});

		it('replaces a record with a higher revision, never with an older one', async () => {
			const first = makeRecord({ revision: 2, stageReached: 'settling-in' });
			await postRecords(api, [first]);
			const older = await postRecords(api, [{ ...first, revision: 1, stageReached: 'early' }]);
			expect(await older.json()).toEqual({ accepted: 0, unchanged: 1 });
			const newer = await postRecords(api, [
				{ ...first, revision: 3, stageReached: 'getting-back', locality: 'example-york' }
			]);
			expect(await newer.json()).toEqual({ accepted: 1, unchanged: 0 });
			const [row] = await storedRows(database(), [first.recordId]);
			expect(row).toMatchObject({ revision: 3, stageReached: 'getting-back' });
			// Both the key it left and the key it moved to are refreshed.
			expect(changes.at(-1)).toHaveLength(2);
		});

		it('keeps the highest of several revisions of one record in the same batch', async () => {
			const record = makeRecord();
			const response = await postRecords(api, [
				{ ...record, revision: 2 },
				{ ...record, revision: 5, stageReached: 'latest' },
				{ ...record, revision: 4 }
			]);
			expect(await response.json()).toEqual({ accepted: 1, unchanged: 2 });
			expect((await storedRows(database(), [record.recordId]))[0]).toMatchObject({
				revision: 5,
				stageReached: 'latest'
			});
		});

		it('refuses a revision that carries another withdraw token', async () => {
			const record = makeRecord();
			await postRecords(api, [record]);
			const takeover = makeRecord({ recordId: record.recordId, revision: 9, locality: 'taken' });
			expect(await (await postRecords(api, [takeover])).json()).toEqual({
				accepted: 0,
				unchanged: 1
			});
			expect((await storedRows(database(), [record.recordId]))[0]).toMatchObject({
				revision: 1,
				locality: record.locality
			});
		});

		it('stores nothing and lists located issues when one record of many is invalid', async () => {
			const records: unknown[] = Array.from({ length: 10 }, () => makeRecord());
			records[7] = { ...makeRecord(), monthEnrolled: '2026-11-23' };
			const response = await postRecords(api, records);
			expect(response.status).toBe(400);
			expect(response.headers.get('content-type')).toBe('application/problem+json');
			const body = (await response.json()) as { issues: { path: unknown[] }[] };
			expect(body.issues).toEqual([
				expect.objectContaining({ path: ['records', 7, 'monthEnrolled'] })
			]);
			expect(
				await storedRows(
					database(),
					records.map((r) => (r as OutcomeRecord).recordId)
				)
			).toEqual([]);
			expect(changes).toEqual([]);
		});

		it('refuses free text in a record (unknown keys)', async () => {
			const response = await postRecords(api, [{ ...makeRecord(), note: 'my name is Ann' }]);
			expect(response.status).toBe(400);
			const body = (await response.json()) as { issues: { code: string; path: unknown[] }[] };
			expect(body.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['records', 0] });
			expect(JSON.stringify(body)).not.toContain('my name is Ann');
		});

		it('refuses an empty batch and a batch of 501 records', async () => {
			expect((await postRecords(api, [])).status).toBe(400);
			// Bare records, so that 501 of them fit under the size limit: the count is refused.
			const small = Array.from({ length: 501 }, () => ({
				...makeRecord(),
				sex: undefined,
				ethnicity: undefined,
				workStatusBaseline: undefined,
				workStatusLatest: undefined,
				scores: [],
				escalations: [],
				signposts: []
			}));
			const smallBody = JSON.stringify({ records: small });
			expect(smallBody.length).toBeLessThan(MAX_BATCH_BYTES);
			const countRefused = await api.postOutcomes(postEvent(smallBody));
			expect(countRefused.status).toBe(400);
			expect(await countRefused.json()).toMatchObject({
				issues: [expect.objectContaining({ path: ['records'], code: 'too_big' })]
			});
			expect(
				await storedRows(
					database(),
					small.map((r) => r.recordId)
				)
			).toEqual([]);
		});

		it('answers 413 for a body over 256 KB, declared or streamed', async () => {
			const records = Array.from({ length: 400 }, () => makeRecord());
			const body = JSON.stringify({ records });
			expect(body.length).toBeGreaterThan(MAX_BATCH_BYTES);
			const declared = await api.postOutcomes(postEvent(body));
			expect(declared.status).toBe(413);
			// No Content-Length, or a false one: the bytes are counted as they arrive.
			const bytes = new TextEncoder().encode(body);
			const stream = new ReadableStream<Uint8Array>({
				start(controller) {
					for (let i = 0; i < bytes.length; i += 16 * 1024)
						controller.enqueue(bytes.slice(i, i + 16 * 1024));
					controller.close();
				}
			});
			const streamed = await api.postOutcomes(postEvent(stream, { contentLength: '100' }));
			expect(streamed.status).toBe(413);
			expect(
				await storedRows(
					database(),
					records.map((r) => r.recordId)
				)
			).toEqual([]);
		});

		it('answers 415 for anything but application/json', async () => {
			const body = JSON.stringify({ records: [makeRecord()] });
			const response = await api.postOutcomes(postEvent(body, { contentType: 'text/plain' }));
			expect(response.status).toBe(415);
			const withCharset = await api.postOutcomes(
				postEvent(body, { contentType: 'Application/JSON; charset=utf-8' })
			);
			expect(withCharset.status).toBe(201);
		});

		it('answers 400 for malformed JSON', async () => {
			const response = await api.postOutcomes(postEvent('{"records": ['));
			expect(response.status).toBe(400);
			expect(await response.json()).toMatchObject({ title: 'Malformed JSON' });
		});

		it('answers 429 with Retry-After when a client goes over its limit, and only that client', async () => {
			let now = 0;
			const limited = createOutcomesApi({
				database: () => Promise.resolve(database()),
				rateLimiter: createRateLimiter({ requests: 2, perSeconds: 60 }, { now: () => now }),
				onChange: () => undefined
			});
			expect((await postRecords(limited, [makeRecord()], '198.51.100.7')).status).toBe(201);
			expect((await postRecords(limited, [makeRecord()], '198.51.100.7')).status).toBe(201);
			const record = makeRecord();
			const refused = await postRecords(limited, [record], '198.51.100.7');
			expect(refused.status).toBe(429);
			expect(refused.headers.get('retry-after')).toBe('30');
			expect(await storedRows(database(), [record.recordId])).toEqual([]);
			expect((await postRecords(limited, [makeRecord()], '198.51.100.8')).status).toBe(201);
			now += 30_000;
			expect((await postRecords(limited, [makeRecord()], '198.51.100.7')).status).toBe(201);
		});
		it("leaves no trace of the client's address or user agent in any table", async () => {
			const address = '203.0.113.199';
			const userAgent = 'LimberTestAgent/9.9 (unique-marker-7f3a)';
			const record = makeRecord();
			const event = postEvent(JSON.stringify({ records: [record] }), { address });
			event.request.headers.set('user-agent', userAgent);
			expect((await api.postOutcomes(event)).status).toBe(201);
			const withdrawal = deleteEvent(record.recordId, `Bearer ${record.withdrawToken}`, address);
			withdrawal.request.headers.set('user-agent', userAgent);
			expect((await api.deleteOutcome(withdrawal)).status).toBe(204);

			const listed = await database().db.execute(
				sql`select table_name from information_schema.tables where table_schema = 'public'`
			);
			const tables = (listed as { rows: { table_name: string }[] }).rows.map(
				(row) => row.table_name
			);
			expect(tables).toContain('withdrawn_records');
			for (const table of tables) {
				const dump = await database().db.execute(
					sql`select coalesce(json_agg(t)::text, '') as text from ${sql.identifier(table)} t`
				);
				const text = (dump as { rows: { text: string }[] }).rows[0]?.text ?? '';
				expect(text, table).not.toContain(address);
				expect(text, table).not.toContain('unique-marker-7f3a');
			}
		});
	});

	describe('DELETE /api/v1/outcomes/{recordId}', () => {
		it('refuses a wrong token with 403 and keeps the record', async () => {
			const record = makeRecord();
			await postRecords(api, [record]);
			const wrong = randomBytes(32).toString('base64url');
			const response = await api.deleteOutcome(deleteEvent(record.recordId, `Bearer ${wrong}`));
			expect(response.status).toBe(403);
			expect(await storedRows(database(), [record.recordId])).toHaveLength(1);
		});

		it('deletes with the right token, remembers the id, and a later POST does not bring it back', async () => {
			const record = makeRecord();
			await postRecords(api, [record]);
			changes = [];
			const response = await api.deleteOutcome(
				deleteEvent(record.recordId, `Bearer ${record.withdrawToken}`)
			);
			expect(response.status).toBe(204);
			expect(await storedRows(database(), [record.recordId])).toEqual([]);
			expect(changes).toEqual([
				[{ month: record.monthEnrolled, locality: record.locality, pathwayId: record.pathwayId }]
			]);
			const withdrawn = await database()
				.db.select()
				.from(withdrawnRecords)
				.where(inArray(withdrawnRecords.recordId, [record.recordId]));
			expect(withdrawn).toHaveLength(1);

			const replay = await postRecords(api, [{ ...record, revision: 2 }]);
			expect(replay.status).toBe(201);
			expect(await replay.json()).toEqual({ accepted: 0, unchanged: 1 });
			expect(await storedRows(database(), [record.recordId])).toEqual([]);

			// Retrying the withdrawal is harmless: the client can stop on the first 204.
			const again = await api.deleteOutcome(
				deleteEvent(record.recordId, `Bearer ${record.withdrawToken}`)
			);
			expect(again.status).toBe(204);
		});

		it('answers 204 for an id never stored, and refuses that record if it arrives later', async () => {
			const record = makeRecord();
			const response = await api.deleteOutcome(
				deleteEvent(record.recordId, `Bearer ${record.withdrawToken}`)
			);
			expect(response.status).toBe(204);
			expect(await (await postRecords(api, [record])).json()).toEqual({
				accepted: 0,
				unchanged: 1
			});
		});

		it('answers 401 without a token and 400 for an id that is not a UUID v4', async () => {
			const record = makeRecord();
			await postRecords(api, [record]);
			expect((await api.deleteOutcome(deleteEvent(record.recordId))).status).toBe(401);
			expect(
				(await api.deleteOutcome(deleteEvent(record.recordId, 'Bearer not-a-token'))).status
			).toBe(401);
			expect(
				(await api.deleteOutcome(deleteEvent('12345', `Bearer ${record.withdrawToken}`))).status
			).toBe(400);
			expect(await storedRows(database(), [record.recordId])).toHaveLength(1);
		});

		it('is rate limited per client too', async () => {
			const limited = createOutcomesApi({
				database: () => Promise.resolve(database()),
				rateLimiter: createRateLimiter({ requests: 1, perSeconds: 10 }, { now: () => 0 })
			});
			const record = makeRecord();
			const token = `Bearer ${record.withdrawToken}`;
			expect((await limited.deleteOutcome(deleteEvent(record.recordId, token))).status).toBe(204);
			const refused = await limited.deleteOutcome(deleteEvent(record.recordId, token));
			expect(refused.status).toBe(429);
			expect(refused.headers.get('retry-after')).toBe('10');
		});
	});
});

describe('GET /api/v1/outcomes/schema', () => {
	it('publishes a strict JSON Schema of the record with a valid example', async () => {
		const { GET } = await import('../../../../src/routes/api/v1/outcomes/schema/+server.js');
		const response = await GET({} as Parameters<typeof GET>[0]);
		expect(response.status).toBe(200);
		const schema = (await response.json()) as {
			type: string;
			additionalProperties: boolean;
			required: string[];
			properties: Record<string, unknown>;
			examples: unknown[];
		};
		expect(schema).toEqual(outcomeRecordJsonSchema());
		expect(schema.type).toBe('object');
		expect(schema.additionalProperties).toBe(false);
		expect(schema.required).toEqual(
			expect.arrayContaining(['recordId', 'revision', 'withdrawToken', 'monthEnrolled'])
		);
		expect(schema.required).not.toContain('sex');
		expect(Object.keys(schema.properties).sort()).toEqual(
			Object.keys(OutcomeRecordSchema.shape).sort()
		);
		expect(schema.examples).toHaveLength(1);
		expect(OutcomeRecordSchema.safeParse(schema.examples[0]).success).toBe(true);
	});
});
