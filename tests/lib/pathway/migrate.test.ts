import { describe, expect, it } from 'vitest';
import { compileValidPathway } from '../../../src/lib/pathway/compile.js';
import { catchUpTo, sendEvent } from '../../../src/lib/pathway/enrolment.js';
import { compareVersions, migrateEnrolment } from '../../../src/lib/pathway/migrate.js';
import type { Migration } from '../../../src/lib/pathway/schema/pathway-schema.js';
import { buildFixturePathway } from './engine-fixture.js';
import { checkin, compileFixture, currentState, enrolled, run } from './engine-helpers.js';

const v1 = compileFixture();

/** Version 1.1.0 renames "middle" to "building-up" and declares how to move patients. */
function buildV2(
	migrations: Migration[] = [
		{
			from: '1.0.0',
			stages: {
				early: 'early',
				middle: 'building-up',
				late: 'late',
				done: 'done',
				'emergency-help': 'emergency-help',
				'urgent-help': 'urgent-help'
			},
			flags: { migrated: true }
		}
	]
) {
	const pathway = buildFixturePathway({ version: '1.1.0', migrations });
	for (const stage of pathway.stages) {
		if (stage.id === 'middle') stage.id = 'building-up';
		for (const t of stage.transitions) if (t.to === 'middle') t.to = 'building-up';
	}
	for (const rule of pathway.safetyNet) {
		if (Array.isArray(rule.scope))
			rule.scope = rule.scope.map((s) => (s === 'middle' ? 'building-up' : s));
	}
	return compileValidPathway(pathway);
}

describe('migrating an enrolment', () => {
	it('moves a patient part-way through to the mapped stage, keeping history and adding flags', () => {
		const v2 = buildV2();
		const inMiddle = run(v1, [checkin(6)], catchUpTo(v1, enrolled(v1), 8));
		expect(currentState(inMiddle)).toBe('middle');
		const result = migrateEnrolment({ from: v1, to: v2, snapshot: inMiddle });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(currentState(result.snapshot)).toBe('building-up');
		expect(result.snapshot.context.version).toBe('1.1.0');
		expect(result.snapshot.context.submissions).toEqual(inMiddle.context.submissions);
		expect(result.snapshot.context.flags).toEqual({ migrated: true });
		// The migrated patient carries on in v2: the stage still elapses after 14 days there.
		const later = catchUpTo(v2, result.snapshot, 21);
		expect(currentState(later)).toBe('late');
		// Trends carry across versions: pain 6 at day 8, then 9 → "worsening" fires in v2.
		const worse = sendEvent(v2, result.snapshot, {
			type: 'checkin.submitted',
			answers: { pain: 9, feel: 'worse', 'new-symptoms': false }
		});
		expect(worse.context.lastFired.map((e) => e.rule)).toContain('worsening');
	});

	it('keeps patients on their version when the new one declares no migration from it', () => {
		const result = migrateEnrolment({ from: v1, to: buildV2([]), snapshot: enrolled(v1) });
		expect(result).toEqual({ ok: false, reason: 'version 1.1.0 declares no migration from 1.0.0' });
	});

	it('refuses a map that leaves out a stage', () => {
		const v2 = buildV2([{ from: '1.0.0', stages: { early: 'early' }, flags: {} }]);
		const result = migrateEnrolment({ from: v1, to: v2, snapshot: enrolled(v1) });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('does not map stage(s) middle, late, done');
	});

	it('refuses to go backwards or across pathways', () => {
		expect(migrateEnrolment({ from: v1, to: v1, snapshot: enrolled(v1) }).ok).toBe(false);
		expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
		expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
	});
});
