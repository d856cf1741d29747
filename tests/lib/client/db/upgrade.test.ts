// fake-indexeddb must be installed before Dexie loads: it reads the global indexedDB.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, SCHEMA_V1, SCHEMA_V2 } from '../../../../src/lib/client/db/database.js';
import { findActiveEnrolment, readState } from '../../../../src/lib/client/db/enrolments.js';
import type { EnrolmentRowV1 } from '../../../../src/lib/client/db/rows.js';
import { persistEnrolment } from '../../../../src/lib/pathway/persistence.js';
import { sendEvent, startEnrolment } from '../../../../src/lib/pathway/enrolment.js';
import { NO_RED_FLAGS } from '../../pathway/engine-helpers.js';
import { compiled, freshDatabaseName } from './db-helpers.js';

function v1Row(id: string, createdAt: string): EnrolmentRowV1 {
	return {
		id,
		createdAt,
		startDate: createdAt.slice(0, 10),
		pathwayId: compiled.pathway.id,
		pathway: compiled.pathway,
		localityId: 'national',
		referral: 'gp',
		onWaitingList: true
	};
}

describe('upgrading the database from version 1', () => {
	it('keeps every row, marks the newest enrolment active and adds drafts', async () => {
		const name = freshDatabaseName();
		// Write data the way version 1 of the app did.
		const old = new Dexie(name);
		old.version(1).stores(SCHEMA_V1);
		const entry = { type: 'entry.submitted' as const, answers: NO_RED_FLAGS };
		const snapshot = sendEvent(compiled, startEnrolment(compiled), entry);
		await old
			.table('enrolments')
			.bulkAdd([v1Row('older', '2026-09-01T08:00:00Z'), v1Row('newer', '2026-11-01T08:00:00Z')]);
		await old
			.table('events')
			.add({ enrolmentId: 'newer', seq: 1, at: '2026-11-01T08:01:00Z', event: entry });
		await old.table('snapshots').add({
			enrolmentId: 'newer',
			persisted: persistEnrolment(compiled, snapshot, 1),
			savedAt: 'x'
		});
		await old.table('settings').add({ key: 'preferences', value: { locale: 'cy' } });
		old.close();

		const db = createDatabase(name);
		await db.open();
		expect(db.verno).toBe(3);
		const active = await findActiveEnrolment(db);
		expect(active?.id).toBe('newer');
		expect((await db.enrolments.get('older'))?.status).toBe('archived');
		expect(await db.settings.get('preferences')).toEqual({
			key: 'preferences',
			value: { locale: 'cy' }
		});
		expect(await db.drafts.count()).toBe(0);
		if (active === undefined) throw new Error('active enrolment');
		const state = await readState(db, compiled, active);
		expect(state.snapshot.context).toEqual(snapshot.context);
		expect(String(state.snapshot.value)).toBe('early');
	});
});

describe('upgrading the database from version 2', () => {
	async function openFromV2(preferences: Record<string, unknown>) {
		const name = freshDatabaseName();
		const old = new Dexie(name);
		old.version(2).stores(SCHEMA_V2);
		await old.table('enrolments').bulkAdd([
			{ ...v1Row('older', '2026-09-01T08:00:00Z'), status: 'archived' },
			{ ...v1Row('newer', '2026-11-01T08:00:00Z'), status: 'active' }
		]);
		await old.table('settings').add({ key: 'preferences', value: preferences });
		old.close();
		const db = createDatabase(name);
		await db.open();
		return db;
	}

	it('adds the sharing and outbox stores and keeps the choice to share', async () => {
		const db = await openFromV2({ shareOutcomes: true });
		expect(db.verno).toBe(3);
		expect(await db.sharing.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
		expect(await db.settings.get('preferences')).toEqual({
			key: 'preferences',
			value: { shareOutcomes: true }
		});
		// The identity comes when the enrolment opens (ensureSharing; tested in sharing.test.ts).
		expect((await db.enrolments.get('newer'))?.status).toBe('active');
	});
});
