import { describe, expect, it } from 'vitest';
import { redFlagScreeningRule } from '../../../../../src/lib/pathway/lint/rules/red-flag-screening.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	remove,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [redFlagScreeningRule];

describe('red-flag-screening', () => {
	it('finds nothing in the fixture', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'red-flag-screening')).toEqual(
			[]
		);
	});

	it('reports a red flag of the body area that the entry screen does not ask', () => {
		const { text, diagnostics } = lintVariant(
			remove('questionnaires.0.items.7'), // rf.night-pain
			{ rules }
		);
		const [finding, ...rest] = findingsOf(diagnostics, 'red-flag-screening');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.path).toBe('questionnaires.0.items');
		expect(finding?.message).toBe(
			'The entry screen "entry-screen" does not ask about rf.night-pain (pain not eased by rest, or worse at night), which every back pathway must screen for. Add a yes/no item with "code": "rf.night-pain".'
		);
		expectAt(finding, valuePositionOf(text, 'items', '[', 1));
	});

	it('checks the symptom report against the area too', () => {
		const { diagnostics } = lintVariant(set('condition', 'neck'), { rules });
		const found = findingsOf(diagnostics, 'red-flag-screening');
		// Neck adds three neck codes, missing from both screens.
		expect(found).toHaveLength(6);
		expect(
			found.filter((diagnostic) => diagnostic.message.includes('symptom report'))
		).toHaveLength(3);
		expect(found[0]?.message).toContain('rf.neck.walking-coordination');
	});

	it('requires the check-in to ask about self-harm at least weekly', () => {
		const { text, diagnostics } = lintVariant(set('questionnaires.2.items.4.everyDays', 14), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'red-flag-screening');
		expect(rest).toEqual([]);
		expect(finding?.message).toBe(
			'Thoughts of self-harm must be asked at least weekly, but "self-harm" is asked every 14 days. Set "everyDays" to 7 or less.'
		);
		expectAt(finding, valuePositionOf(text, 'everyDays', '14'));
	});

	it('reports a check-in that does not ask about self-harm at all', () => {
		const { diagnostics } = lintVariant(remove('questionnaires.2.items.4'), { rules });
		const [finding] = findingsOf(diagnostics, 'red-flag-screening');
		expect(finding?.path).toBe('questionnaires.2.items');
		expect(finding?.message).toContain(
			'The check-in "daily" does not ask about thoughts of self-harm'
		);
	});
});
