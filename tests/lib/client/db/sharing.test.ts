// fake-indexeddb must be installed before Dexie loads: it reads the global indexedDB.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LimberDatabase } from '../../../../src/lib/client/db/database.js';
import { appendEvents } from '../../../../src/lib/client/db/enrolments.js';
import type { EnrolmentRow } from '../../../../src/lib/client/db/rows.js';
import {
	ensureSharing,
	reviseSharingAnswers,
	startSharing
} from '../../../../src/lib/client/db/sharing-consent.js';
import type { OutboxRow, SharingAnswers } from '../../../../src/lib/client/db/sharing-rows.js';
import {
	readSharingOverview,
	stopSharing,
	withdrawSharedRecords
} from '../../../../src/lib/client/db/sharing.js';
import { saveSettings, DEFAULT_SETTINGS } from '../../../../src/lib/client/db/settings.js';
import type { EngineEvent } from '../../../../src/lib/pathway/engine-types.js';
import {
	EXAMPLE_OUTCOME_RECORD,
	OutcomeRecordSchema,
	type OutcomeRecord
} from '../../../../src/lib/shared/outcome-record.js';
import {
	AGE_BAND_CHOICES,
	ETHNICITY_CHOICES,
	SEX_CHOICES
} from '../../../../src/lib/client/db/sharing-choices.js';
import { checkin, NO_RED_FLAGS } from '../../pathway/engine-helpers.js';
import { compiled, withEnrolment } from './db-helpers.js';

const AT = '2026-11-23T10:00:00.000Z';
const ANSWERS: SharingAnswers = { ageBand: '40-49', sex: 'female', leftWaitingList: false };
const ENTRY: EngineEvent = { type: 'entry.submitted', answers: NO_RED_FLAGS };
const ESCALATING = checkin(5, { 'new-symptoms': true, 'ci-fever': true });

async function sharingOn(): Promise<{ db: LimberDatabase; enrolment: EnrolmentRow }> {
	const { db, enrolment } = await withEnrolment();
	const started = await startSharing(db, {
		active: { compiled, enrolment },
		answers: ANSWERS,
		at: AT
	});
	expect(started.ok).toBe(true);
	return { db, enrolment };
}

function save(db: LimberDatabase, enrolment: EnrolmentRow, events: EngineEvent[], share = true) {
	return appendEvents(db, { compiled, enrolment, events, at: AT, share });
}

async function outbox(db: LimberDatabase): Promise<OutboxRow[]> {
	return db.outbox.toArray();
}

describe('queueing the anonymised outcome record', () => {
	it('queues nothing while sharing is off (the default)', async () => {
		const { db, enrolment } = await withEnrolment();
		expect((await save(db, enrolment, [ENTRY])).ok).toBe(true);
		expect((await save(db, enrolment, [ESCALATING])).ok).toBe(true);
		expect(await outbox(db)).toEqual([]);
		expect(await db.sharing.count()).toBe(0);
	});

	it('queues a schema-valid record on opt-in and one new revision per milestone, replacing an unsent one', async () => {
		const { db, enrolment } = await sharingOn();
		const first = await outbox(db);
		expect(first).toHaveLength(1);
		expect(first[0]).toMatchObject({ kind: 'record', revision: 1 });
		const record = first[0]?.kind === 'record' ? first[0].record : undefined;
		expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
		expect(record).toMatchObject({ ageBand: '40-49', sex: 'female', revision: 1 });
		expect(record).not.toHaveProperty('ethnicity');

		// A day's check-in with nothing new for the record queues nothing.
		await save(db, enrolment, [ENTRY]);
		await save(db, enrolment, [checkin(6)]);
		const afterCheckin = await outbox(db);
		expect(afterCheckin).toHaveLength(1);
		expect(afterCheckin[0]?.key).toBe(first[0]?.key);
		const revisionsBefore = afterCheckin.map((r) => (r.kind === 'record' ? r.revision : 0));

		// An escalation is a milestone: a new revision replaces the unsent one.
		await save(db, enrolment, [ESCALATING]);
		const afterEscalation = await outbox(db);
		expect(afterEscalation).toHaveLength(1);
		const latest = afterEscalation[0];
		expect(latest?.kind === 'record' && latest.revision).toBeGreaterThan(
			Math.max(...revisionsBefore)
		);
		expect(latest?.kind === 'record' && latest.record.escalations.length).toBeGreaterThan(0);
		expect(
			OutcomeRecordSchema.safeParse(latest?.kind === 'record' ? latest.record : null).success
		).toBe(true);

		// Saving the same state again queues nothing new.
		await save(db, enrolment, [checkin(5)]);
		expect((await outbox(db)).map((r) => r.key)).toEqual(afterEscalation.map((r) => r.key));
	});

	it('writes the outbox row in the same transaction as the event: a failed event write leaves neither', async () => {
		const { db, enrolment } = await sharingOn();
		await db.outbox.clear();
		const identityBefore = await db.sharing.get(enrolment.id);
		const fail = () => {
			throw new Error('disk full');
		};
		db.snapshots.hook('creating', fail);
		db.snapshots.hook('updating', fail);
		const saved = await save(db, enrolment, [ENTRY, ESCALATING]);
		db.snapshots.hook('creating').unsubscribe(fail);
		db.snapshots.hook('updating').unsubscribe(fail);
		expect(saved.ok).toBe(false);
		expect(await outbox(db)).toEqual([]);
		expect(await db.events.where('enrolmentId').equals(enrolment.id).count()).toBe(0);
		expect(await db.sharing.get(enrolment.id)).toEqual(identityBefore);
		// The same save then succeeds and queues its revision.
		expect((await save(db, enrolment, [ENTRY, ESCALATING])).ok).toBe(true);
		expect(await outbox(db)).toHaveLength(1);
	});

	it('stops queueing when sharing is turned off, and keeps what was queued unsent-able', async () => {
		const { db, enrolment } = await sharingOn();
		const stopped = await stopSharing(db);
		expect(stopped.ok && stopped.value.shareOutcomes).toBe(false);
		const queued = await outbox(db);
		await save(db, enrolment, [ENTRY, ESCALATING]);
		expect(await outbox(db)).toEqual(queued);
		const overview = await readSharingOverview(db);
		expect(overview).toMatchObject({ isOn: false, waiting: 1, canWithdraw: true });
	});

	it('queues a revision when the answers change, and none when they do not', async () => {
		const { db, enrolment } = await sharingOn();
		await reviseSharingAnswers(db, { compiled, enrolment, answers: ANSWERS, at: AT });
		expect((await outbox(db)).map((r) => r.key)).toHaveLength(1);
		await reviseSharingAnswers(db, {
			compiled,
			enrolment,
			answers: { ...ANSWERS, ethnicity: 'prefer-not-to-say' },
			at: AT
		});
		const rows = await outbox(db);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.kind === 'record' && rows[0].record.ethnicity).toBe('prefer-not-to-say');
		expect(rows[0]?.kind === 'record' && rows[0].revision).toBe(2);
	});

	it('gives an enrolment an identity on open when the setting is on but it has none', async () => {
		const { db, enrolment } = await withEnrolment();
		await ensureSharing(db, { compiled, enrolment, at: AT });
		expect(await db.sharing.count()).toBe(0);
		await saveSettings(db, { ...DEFAULT_SETTINGS, shareOutcomes: true });
		await ensureSharing(db, { compiled, enrolment, at: AT });
		const identity = await db.sharing.get(enrolment.id);
		expect(identity).toMatchObject({
			active: true,
			revision: 1,
			answers: { ageBand: 'not-stated' }
		});
		expect(identity?.withdrawToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(await outbox(db)).toHaveLength(1);
	});
});

describe('the sharing choices', () => {
	it('offer only values the shared record schema accepts, and a way not to say', () => {
		const accepts = (change: Partial<OutcomeRecord>) =>
			OutcomeRecordSchema.safeParse({ ...EXAMPLE_OUTCOME_RECORD, ...change }).success;
		for (const ageBand of AGE_BAND_CHOICES) expect(accepts({ ageBand })).toBe(true);
		for (const sex of SEX_CHOICES) expect(accepts({ sex })).toBe(true);
		for (const ethnicity of ETHNICITY_CHOICES) expect(accepts({ ethnicity })).toBe(true);
		expect(AGE_BAND_CHOICES).toContain('not-stated');
		expect(SEX_CHOICES).toContain('prefer-not-to-say');
		expect(ETHNICITY_CHOICES).toContain('prefer-not-to-say');
	});
});

describe('withdrawing', () => {
	it('queues a withdrawal per shared record, drops its unsent revisions and forgets the identity', async () => {
		const { db, enrolment } = await sharingOn();
		const identity = await db.sharing.get(enrolment.id);
		const withdrawn = await withdrawSharedRecords(db, { at: AT });
		expect(withdrawn.ok && withdrawn.value.withdrawals).toBe(1);
		expect(withdrawn.ok && withdrawn.value.settings.shareOutcomes).toBe(false);
		const rows = await outbox(db);
		expect(rows).toEqual([
			expect.objectContaining({
				kind: 'withdrawal',
				recordId: identity?.recordId,
				withdrawToken: identity?.withdrawToken,
				nextAttemptAt: 0
			})
		]);
		expect(await db.sharing.count()).toBe(0);
		// Sharing again starts a new, unlinkable record.
		await startSharing(db, { active: { compiled, enrolment }, answers: ANSWERS, at: AT });
		const again = await db.sharing.get(enrolment.id);
		expect(again?.recordId).not.toBe(identity?.recordId);
		expect(again?.withdrawToken).not.toBe(identity?.withdrawToken);
	});
});
