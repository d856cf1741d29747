// fake-indexeddb must be installed before Dexie loads: it reads the global indexedDB.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	deleteDatabase,
	exportAll,
	parseImport,
	restoreImport,
	type ImportOptions
} from '../../../../src/lib/client/db/backup.js';
import { createDatabase } from '../../../../src/lib/client/db/database.js';
import { draftKey, saveDraft } from '../../../../src/lib/client/db/drafts.js';
import { appendEvents, readState } from '../../../../src/lib/client/db/enrolments.js';
import { saveSettings, DEFAULT_SETTINGS } from '../../../../src/lib/client/db/settings.js';
import { checkin, NO_RED_FLAGS } from '../../pathway/engine-helpers.js';
import { compiled, freshDatabaseName, withEnrolment } from './db-helpers.js';

const AT = '2026-11-23T10:00:00.000Z';
const options: ImportOptions = {
	findShippedPathway: (id, version) =>
		id === compiled.pathway.id && version === compiled.pathway.version
			? compiled.pathway
			: undefined,
	validatePathway: () => Promise.resolve(undefined)
};

async function populated() {
	const name = freshDatabaseName();
	const { db, enrolment } = await withEnrolment(name);
	await appendEvents(db, {
		compiled,
		enrolment,
		events: [
			{ type: 'entry.submitted', answers: NO_RED_FLAGS },
			checkin(6),
			{ type: 'day', day: 1 },
			checkin(5)
		],
		at: AT
	});
	await saveSettings(db, { ...DEFAULT_SETTINGS, locale: 'ur', textSize: 'large' });
	await saveDraft(db, {
		key: draftKey(enrolment.id, 'daily-checkin', 1),
		enrolmentId: enrolment.id,
		answers: { pain: 3 },
		at: AT
	});
	return { name, db, enrolment };
}

describe('export, delete and import', () => {
	it('round-trips to exactly the original data', async () => {
		const { name, db, enrolment } = await populated();
		const original = await exportAll(db, AT);
		const text = JSON.stringify(original);
		expect(await deleteDatabase(db)).toEqual({ ok: true, value: undefined });

		const fresh = createDatabase(name);
		expect(await fresh.enrolments.count()).toBe(0);
		const parsed = await parseImport(JSON.parse(text), options);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(await restoreImport(fresh, parsed.file)).toEqual({ ok: true, value: undefined });
		expect(await exportAll(fresh, AT)).toEqual(original);
		const state = await readState(fresh, compiled, enrolment);
		expect(state.lastSeq).toBe(4);
		expect(state.snapshot.context.submissions).toHaveLength(3);
	});

	it('replaces an edited pinned pathway with the shipped copy, so the safety net cannot be removed', async () => {
		const { db } = await populated();
		const file = JSON.parse(JSON.stringify(await exportAll(db, AT))) as {
			enrolments: { pathway: { safetyNet: unknown[] } }[];
		};
		const first = file.enrolments[0];
		if (first === undefined) throw new Error('an enrolment');
		first.pathway.safetyNet = [];
		const parsed = await parseImport(file, options);
		expect(parsed.ok && parsed.file.enrolments[0]?.pathway.safetyNet.length).toBe(
			compiled.pathway.safetyNet.length
		);
	});

	it('refuses files that are not Limber exports, are newer, are damaged, or pin an unknown pathway', async () => {
		const { db } = await populated();
		const good = JSON.parse(JSON.stringify(await exportAll(db, AT))) as Record<string, unknown>;
		expect(await parseImport({ hello: 1 }, options)).toEqual({
			ok: false,
			problem: { kind: 'not-limber' }
		});
		expect(await parseImport({ ...good, formatVersion: 2 }, options)).toEqual({
			ok: false,
			problem: { kind: 'newer-format' }
		});
		const damaged = await parseImport(
			{ ...good, events: [{ enrolmentId: 'nobody', seq: 1 }] },
			options
		);
		expect(damaged).toEqual({
			ok: false,
			problem: { kind: 'damaged', detail: 'event 1 is not complete' }
		});
		const unknown = await parseImport(good, { ...options, findShippedPathway: () => undefined });
		expect(unknown).toEqual({
			ok: false,
			problem: { kind: 'unknown-pathway', pathway: 'test-back 1.0.0' }
		});
	});

	it('changes nothing when a restore fails part-way', async () => {
		const { db } = await populated();
		const original = await exportAll(db, AT);
		const broken = {
			...original,
			events: [...original.events, original.events[0]]
		} as typeof original;
		const restored = await restoreImport(db, broken);
		expect(restored.ok).toBe(false);
		expect(await exportAll(db, AT)).toEqual(original);
	});
});
