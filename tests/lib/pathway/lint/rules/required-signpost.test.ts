import { describe, expect, it } from 'vitest';
import { requiredSignpostRule } from '../../../../../src/lib/pathway/lint/rules/required-signpost.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [requiredSignpostRule];

describe('required-signpost', () => {
	it('finds nothing in the fixture', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'required-signpost')).toEqual(
			[]
		);
	});

	it('reports a self-harm rule without the mental-health crisis signpost', () => {
		const { text, diagnostics } = lintVariant(
			set('safetyNet.2.signposts', ['nhs-111', 'urgent-gp']),
			{ rules }
		);
		const [finding, ...rest] = findingsOf(diagnostics, 'required-signpost');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.message).toBe(
			'Rule "self-harm" covers red flag mh.self-harm-thoughts, which must signpost "mental-health-crisis". Add "mental-health-crisis" to "signposts".'
		);
		// The third rule's signposts are the third list equal to this one in the file.
		expectAt(finding, valuePositionOf(text, 'signposts', '[', 3));
	});
});
