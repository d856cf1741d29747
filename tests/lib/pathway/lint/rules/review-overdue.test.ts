import { describe, expect, it } from 'vitest';
import { reviewOverdueRule } from '../../../../../src/lib/pathway/lint/rules/review-overdue.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [reviewOverdueRule];

describe('review-overdue', () => {
	it('finds nothing before the review date, or on it', () => {
		expect(
			findingsOf(
				lintVariant(() => {}, { rules, today: '2027-01-10' }).diagnostics,
				'review-overdue'
			)
		).toEqual([]);
	});

	it('warns the day after the review date', () => {
		const { text, diagnostics } = lintVariant(() => {}, { rules, today: '2027-01-11' });
		const [finding, ...rest] = findingsOf(diagnostics, 'review-overdue');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('warning');
		expect(finding?.message).toBe(
			'This pathway was due for clinical review on 2027-01-10 (today is 2027-01-11). Ask the clinical owner to review it, then set a new "reviewDue".'
		);
		expectAt(finding, valuePositionOf(text, 'reviewDue', '"2027-01-10"'));
	});
});
