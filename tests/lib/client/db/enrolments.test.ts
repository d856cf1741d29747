// fake-indexeddb must be installed before Dexie loads: it reads the global indexedDB.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../src/lib/client/db/database.js';
import {
	appendEvents,
	createEnrolment,
	findActiveEnrolment,
	readLog,
	readState
} from '../../../../src/lib/client/db/enrolments.js';
import { draftKey, loadDraft, saveDraft } from '../../../../src/lib/client/db/drafts.js';
import { sendEvent, startEnrolment } from '../../../../src/lib/pathway/enrolment.js';
import type { EngineEvent } from '../../../../src/lib/pathway/engine-types.js';
import { checkin, NO_RED_FLAGS } from '../../pathway/engine-helpers.js';
import { compiled, freshDatabaseName, withEnrolment } from './db-helpers.js';

const AT = '2026-11-23T10:00:00.000Z';
const journey: EngineEvent[] = [
	{ type: 'entry.submitted', answers: NO_RED_FLAGS },
	checkin(6),
	{ type: 'day', day: 1 },
	checkin(5, { 'new-symptoms': true, 'ci-fever': true })
];
const live = journey.reduce((s, e) => sendEvent(compiled, s, e), startEnrolment(compiled));

describe('the enrolment repository', () => {
	it('creates one active enrolment and archives the previous one', async () => {
		const { db, enrolment } = await withEnrolment();
		expect((await findActiveEnrolment(db))?.id).toBe(enrolment.id);
		const second = await createEnrolment(db, compiled, {
			...enrolment,
			id: 'second',
			createdAt: AT
		});
		expect(second.ok).toBe(true);
		expect((await findActiveEnrolment(db))?.id).toBe('second');
		expect((await db.enrolments.get(enrolment.id))?.status).toBe('archived');
	});

	it('appends events and the snapshot in one transaction, giving the engine state', async () => {
		const { db, enrolment } = await withEnrolment();
		for (const event of journey) {
			const saved = await appendEvents(db, { compiled, enrolment, events: [event], at: AT });
			expect(saved.ok).toBe(true);
		}
		const state = await readState(db, compiled, enrolment);
		expect(state).toMatchObject({ lastSeq: 4, rebuilt: false });
		expect(state.snapshot.context).toEqual(live.context);
		expect((await readLog(db, enrolment.id, 0)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
		expect((await db.snapshots.get(enrolment.id))?.persisted.lastSeq).toBe(4);
	});

	it("lets two tabs save at once without losing either tab's events", async () => {
		const name = freshDatabaseName();
		const { enrolment } = await withEnrolment(name);
		const tabA = createDatabase(name);
		const tabB = createDatabase(name);
		await Promise.all([
			appendEvents(tabA, { compiled, enrolment, events: [journey[0] as EngineEvent], at: AT }),
			appendEvents(tabB, { compiled, enrolment, events: [checkin(4)], at: AT }),
			appendEvents(tabA, { compiled, enrolment, events: [checkin(3)], at: AT })
		]);
		const log = await readLog(tabB, enrolment.id, 0);
		expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
		const state = await readState(tabA, compiled, enrolment);
		expect(state.lastSeq).toBe(3);
		expect(state.snapshot.context.submissions.length).toBeGreaterThanOrEqual(1);
	});

	it('appends optimistically from the state the tab holds, and redoes it when another tab wrote first', async () => {
		const name = freshDatabaseName();
		const { enrolment } = await withEnrolment(name);
		const tabA = createDatabase(name);
		const tabB = createDatabase(name);
		const start = await readState(tabA, compiled, enrolment);
		const entry = journey[0] as EngineEvent;
		// Tab A saves on top of what it holds (no read inside the transaction).
		const first = await appendEvents(tabA, {
			compiled,
			enrolment,
			events: [entry],
			at: AT,
			base: start
		});
		expect(first.ok && first.value.lastSeq).toBe(1);
		// Tab B, still holding day 0 before the entry screen, writes seq 1 again: refused, then redone.
		const second = await appendEvents(tabB, {
			compiled,
			enrolment,
			events: [checkin(4)],
			at: AT,
			base: start
		});
		expect(second.ok).toBe(true);
		if (!second.ok) return;
		expect(second.value.lastSeq).toBe(2);
		expect((await readLog(tabA, enrolment.id, 0)).map((e) => e.event.type)).toEqual([
			'entry.submitted',
			'checkin.submitted'
		]);
		const state = await readState(tabA, compiled, enrolment);
		expect(state.snapshot.context).toEqual(second.value.snapshot.context);
		expect(state.snapshot.context.submissions.map((s) => s.purpose)).toEqual(['entry', 'checkin']);
	});

	it('rebuilds from the log when the stored snapshot does not fit', async () => {
		const { db, enrolment } = await withEnrolment();
		await appendEvents(db, { compiled, enrolment, events: journey, at: AT });
		const stored = await db.snapshots.get(enrolment.id);
		if (stored === undefined) throw new Error('snapshot saved');
		await db.snapshots.put({
			...stored,
			persisted: {
				...stored.persisted,
				snapshot: {
					...stored.persisted.snapshot,
					value: 'gone'
				} as unknown as typeof stored.persisted.snapshot
			}
		});
		const state = await readState(db, compiled, enrolment);
		expect(state.rebuilt).toBe(true);
		expect(state.snapshot.context).toEqual(live.context);
	});

	it('replays events written after the snapshot (a snapshot behind the log)', async () => {
		const { db, enrolment } = await withEnrolment();
		await appendEvents(db, { compiled, enrolment, events: journey.slice(0, 2), at: AT });
		// Simulate a log row written without its snapshot (as if from an older app version).
		await db.events.bulkAdd(
			journey.slice(2).map((event, i) => ({ enrolmentId: enrolment.id, seq: 3 + i, at: AT, event }))
		);
		const state = await readState(db, compiled, enrolment);
		expect(state).toMatchObject({ lastSeq: 4, rebuilt: false });
		expect(state.snapshot.context).toEqual(live.context);
	});

	it('deletes the submitted draft in the same transaction as the check-in', async () => {
		const { db, enrolment } = await withEnrolment();
		const key = draftKey(enrolment.id, 'daily-checkin', 0);
		await saveDraft(db, { key, enrolmentId: enrolment.id, answers: { pain: 6 }, at: AT });
		expect(await loadDraft(db, key)).toEqual({ pain: 6 });
		await appendEvents(db, {
			compiled,
			enrolment,
			events: [journey[0] as EngineEvent, checkin(6)],
			at: AT,
			clearDraft: key
		});
		expect(await loadDraft(db, key)).toBeUndefined();
	});

	it('reports a full disk as a quota error and stores nothing', async () => {
		const { db, enrolment } = await withEnrolment();
		const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const bulkAdd = db.events.bulkAdd.bind(db.events);
		db.events.bulkAdd = (() => Promise.reject(quota)) as unknown as typeof db.events.bulkAdd;
		const saved = await appendEvents(db, {
			compiled,
			enrolment,
			events: [journey[0] as EngineEvent],
			at: AT
		});
		expect(saved).toEqual({ ok: false, error: { kind: 'quota' } });
		db.events.bulkAdd = bulkAdd;
		expect(await readLog(db, enrolment.id, 0)).toEqual([]);
		expect((await db.snapshots.get(enrolment.id))?.persisted.lastSeq).toBe(0);
	});
});
