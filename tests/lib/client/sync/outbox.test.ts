// fake-indexeddb must be installed before Dexie loads: it reads the global indexedDB.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, type LimberDatabase } from '../../../../src/lib/client/db/database.js';
import { DEFAULT_SETTINGS, saveSettings } from '../../../../src/lib/client/db/settings.js';
import { createSharingIdentity } from '../../../../src/lib/client/db/sharing-identity.js';
import {
	recordKey,
	withdrawalKey,
	type OutboxRecordRow,
	type OutboxWithdrawalRow
} from '../../../../src/lib/client/db/sharing-rows.js';
import { syncOutbox, type SyncDependencies } from '../../../../src/lib/client/sync/outbox.js';
import {
	EXAMPLE_OUTCOME_RECORD,
	OutcomeBatchSchema
} from '../../../../src/lib/shared/outcome-record.js';
import { freshDatabaseName } from '../db/db-helpers.js';

const ORIGIN = 'https://limber.test';
const START = Date.parse('2026-11-23T10:00:00Z');
const POLICY = { baseMs: 1000, capMs: 60_000, minMs: 100 };

interface Call {
	method: string;
	url: string;
	headers: Record<string, string>;
	body: unknown;
}

/** A fake server: answers each request with the next reply (a status, or a network error). */
function fakeFetch(
	replies: (
		number | 'offline' | { status: number; headers?: Record<string, string>; body?: string }
	)[]
) {
	const calls: Call[] = [];
	const fetch: typeof globalThis.fetch = (input, init) => {
		calls.push({
			method: init?.method ?? 'GET',
			url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
			headers: Object.fromEntries(new Headers(init?.headers).entries()),
			body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
		});
		const reply = replies.length > 1 ? replies.shift() : replies[0];
		if (reply === undefined || reply === 'offline') {
			return Promise.reject(new TypeError('Failed to fetch'));
		}
		const { status, headers, body } = typeof reply === 'number' ? { status: reply } : reply;
		return Promise.resolve(
			new Response(status === 204 ? null : (body ?? '{}'), { status, headers: headers ?? {} })
		);
	};
	return { fetch, calls };
}

class Clock {
	at = START;
	now = () => this.at;
}

function deps(db: LimberDatabase, fetch: typeof globalThis.fetch, clock: Clock): SyncDependencies {
	return { db, fetch, now: clock.now, random: () => 0.5, origin: ORIGIN, policy: POLICY };
}

/** A database with sharing on and `count` records queued (revision 1 each). */
async function seeded(count: number, options: { on?: boolean } = {}) {
	const db = createDatabase(freshDatabaseName());
	await saveSettings(db, { ...DEFAULT_SETTINGS, shareOutcomes: options.on ?? true });
	const identities = Array.from({ length: count }, (_, i) => ({
		...createSharingIdentity({
			enrolmentId: `e${i}`,
			answers: { ageBand: 'not-stated', leftWaitingList: false },
			at: '2026-11-23T09:00:00Z'
		}),
		revision: 1
	}));
	const rows: OutboxRecordRow[] = identities.map((identity, i) => ({
		kind: 'record',
		key: recordKey(identity.recordId, 1),
		recordId: identity.recordId,
		enrolmentId: identity.enrolmentId,
		revision: 1,
		record: {
			...EXAMPLE_OUTCOME_RECORD,
			recordId: identity.recordId,
			withdrawToken: identity.withdrawToken,
			revision: 1
		},
		queuedAt: `2026-11-23T09:${String(i % 60).padStart(2, '0')}:00Z`,
		attempts: 0,
		nextAttemptAt: 0
	}));
	await db.sharing.bulkAdd(identities);
	await db.outbox.bulkAdd(rows);
	return { db, identities, rows };
}

function withdrawal(recordId: string, token: string): OutboxWithdrawalRow {
	return {
		kind: 'withdrawal',
		key: withdrawalKey(recordId),
		recordId,
		withdrawToken: token,
		queuedAt: '2026-11-23T09:00:00Z',
		attempts: 0,
		nextAttemptAt: 0
	};
}

describe('sending queued records', () => {
	it('posts schema-valid batches of at most 500 to the API and drops them on 201', async () => {
		const { db, identities } = await seeded(1001);
		const server = fakeFetch([201]);
		const report = await syncOutbox(deps(db, server.fetch, new Clock()));
		expect(report).toMatchObject({ sent: 1001, requests: 3, postponed: 0, refused: 0 });
		expect(server.calls.map((c) => (c.body as { records: unknown[] }).records.length)).toEqual([
			500, 500, 1
		]);
		for (const call of server.calls) {
			expect(call).toMatchObject({
				method: 'POST',
				url: `${ORIGIN}/api/v1/outcomes`,
				headers: { 'content-type': 'application/json' }
			});
			expect(OutcomeBatchSchema.safeParse(call.body).success).toBe(true);
		}
		expect(await db.outbox.count()).toBe(0);
		const stored = await db.sharing.get(identities[0]?.enrolmentId ?? '');
		expect(stored?.sentRevision).toBe(1);
	});

	it('sends each revision once: a second pass sends nothing', async () => {
		const { db } = await seeded(3);
		const server = fakeFetch([201]);
		await syncOutbox(deps(db, server.fetch, new Clock()));
		const again = await syncOutbox(deps(db, server.fetch, new Clock()));
		expect(again.requests).toBe(0);
		expect(server.calls).toHaveLength(1);
	});

	it('sends nothing while sharing is off', async () => {
		const { db } = await seeded(2, { on: false });
		const server = fakeFetch([201]);
		const report = await syncOutbox(deps(db, server.fetch, new Clock()));
		expect(report.requests).toBe(0);
		expect(await db.outbox.count()).toBe(2);
	});

	it('backs off with jitter on network errors and 5xx, keeping the rows, and sends when due', async () => {
		const { db } = await seeded(2);
		const clock = new Clock();
		const server = fakeFetch(['offline', 503, 201]);
		await syncOutbox(deps(db, server.fetch, clock));
		let rows = await db.outbox.toArray();
		// random 0.5 of a 1 s ceiling after the first failure.
		expect(rows.map((r) => [r.attempts, r.nextAttemptAt - START])).toEqual([
			[1, 500],
			[1, 500]
		]);
		// Not due yet: nothing is sent.
		clock.at = START + 499;
		expect((await syncOutbox(deps(db, server.fetch, clock))).requests).toBe(0);
		clock.at = START + 500;
		await syncOutbox(deps(db, server.fetch, clock));
		rows = await db.outbox.toArray();
		// Second failure: 0.5 of a 2 s ceiling.
		expect(rows.map((r) => [r.attempts, r.nextAttemptAt - clock.at])).toEqual([
			[2, 1000],
			[2, 1000]
		]);
		clock.at += 1000;
		const report = await syncOutbox(deps(db, server.fetch, clock));
		expect(report.sent).toBe(2);
		expect(await db.outbox.count()).toBe(0);
	});

	it('honours Retry-After on 429', async () => {
		const { db } = await seeded(1);
		const clock = new Clock();
		const server = fakeFetch([{ status: 429, headers: { 'retry-after': '120' } }]);
		const report = await syncOutbox(deps(db, server.fetch, clock));
		expect(report.postponed).toBe(1);
		const [row] = await db.outbox.toArray();
		expect(row?.nextAttemptAt).toBe(START + 60_000); // the policy's cap
		const longCap = { ...deps(db, server.fetch, clock), policy: { ...POLICY, capMs: 600_000 } };
		clock.at = START + 60_000;
		await syncOutbox(longCap);
		const [later] = await db.outbox.toArray();
		expect(later?.nextAttemptAt).toBe(clock.at + 120_000);
	});

	it('keeps a permanently refused row, marked and never resent, and splits a batch to find it', async () => {
		const { db, rows } = await seeded(4);
		const bad = rows[2]?.recordId ?? '';
		const clock = new Clock();
		const fetch: typeof globalThis.fetch = (_url, init) => {
			const text = typeof init?.body === 'string' ? init.body : '';
			const body = JSON.parse(text) as { records: { recordId: string }[] };
			const status = body.records.some((r) => r.recordId === bad) ? 400 : 201;
			calls.push(body.records.length);
			return Promise.resolve(new Response('{"issues":[]}', { status }));
		};
		const calls: number[] = [];
		const report = await syncOutbox(deps(db, fetch, clock));
		expect(report).toMatchObject({ sent: 3, refused: 1 });
		// The clean half goes whole; the half with the bad row is split again.
		expect(calls).toEqual([4, 2, 2, 1, 1]);
		const left = await db.outbox.toArray();
		expect(left).toEqual([
			expect.objectContaining({
				recordId: bad,
				refused: { status: 400, reason: '{"issues":[]}', at: '2026-11-23T10:00:00.000Z' }
			})
		]);
		clock.at += 10 * 24 * 3600 * 1000;
		expect((await syncOutbox(deps(db, fetch, clock))).requests).toBe(0);
	});
});

describe('withdrawals', () => {
	it('retries DELETE with the withdraw token until 204, and sends it even with sharing off', async () => {
		const db = createDatabase(freshDatabaseName());
		await db.outbox.add(withdrawal('11111111-1111-4111-8111-111111111111', 'secret-token'));
		const clock = new Clock();
		const server = fakeFetch(['offline', 500, 204]);
		await syncOutbox(deps(db, server.fetch, clock));
		clock.at += 60_000;
		await syncOutbox(deps(db, server.fetch, clock));
		expect(await db.outbox.count()).toBe(1);
		clock.at += 60_000;
		const report = await syncOutbox(deps(db, server.fetch, clock));
		expect(report.withdrawn).toBe(1);
		expect(await db.outbox.count()).toBe(0);
		expect(server.calls).toHaveLength(3);
		expect(server.calls[2]).toMatchObject({
			method: 'DELETE',
			url: `${ORIGIN}/api/v1/outcomes/11111111-1111-4111-8111-111111111111`,
			headers: { authorization: 'Bearer secret-token' },
			body: undefined
		});
	});

	it('treats 404 as already gone and 403 as refused for good', async () => {
		const db = createDatabase(freshDatabaseName());
		await db.outbox.bulkAdd([withdrawal('a', 't1'), withdrawal('b', 't2')]);
		const server = fakeFetch([404, 403]);
		const report = await syncOutbox(deps(db, server.fetch, new Clock()));
		expect(report).toMatchObject({ withdrawn: 1, refused: 1 });
		const left = await db.outbox.toArray();
		expect(left.map((row) => [row.recordId, row.refused?.status])).toEqual([['b', 403]]);
	});
});
