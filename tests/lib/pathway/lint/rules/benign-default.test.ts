import { describe, expect, it } from 'vitest';
import { benignDefaultRule } from '../../../../../src/lib/pathway/lint/rules/benign-default.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	remove,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [benignDefaultRule];

describe('benign-default', () => {
	it('finds nothing in the fixture', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'benign-default')).toEqual([]);
	});

	it('warns about a required question without a default, at its linkId', () => {
		const { text, diagnostics } = lintVariant(remove('questionnaires.2.items.0.default'), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'benign-default');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('warning');
		expect(finding?.message).toBe(
			'Required question "pain" in "daily" has no "default". Add the benign answer a simulated patient gives when a scenario leaves it out (false for red flags), like "default": 0.'
		);
		expectAt(finding, valuePositionOf(text, 'linkId', '"pain"'));
	});

	it('does not ask optional questions for a default', () => {
		const { diagnostics } = lintVariant(
			[remove('questionnaires.2.items.0.default'), set('questionnaires.2.items.0.required', false)],
			{ rules }
		);
		expect(findingsOf(diagnostics, 'benign-default')).toEqual([]);
	});
});
