import { describe, expect, it } from 'vitest';
import { severityBelowMinimumRule } from '../../../../../src/lib/pathway/lint/rules/severity-below-minimum.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [severityBelowMinimumRule];

describe('severity-below-minimum', () => {
	it('finds nothing in the fixture', () => {
		expect(
			findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'severity-below-minimum')
		).toEqual([]);
	});

	it('reports a red-flag rule below the code minimum once, with the severity it needs', () => {
		const { text, diagnostics } = lintVariant(set('safetyNet.0.severity', 'urgent'), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'severity-below-minimum');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.path).toBe('safetyNet.0.severity');
		expect(finding?.message).toContain('Rule "red-flag-emergency" has severity "urgent"');
		expect(finding?.message).toContain('rf.ces.bladder-bowel (needs emergency)');
		expect(finding?.message).toContain('Raise the severity to "emergency".');
		expectAt(finding, valuePositionOf(text, 'severity', '"urgent"', 1));
	});

	it('follows linkIds of coded items', () => {
		const { diagnostics } = lintVariant(
			[set('safetyNet.2.when.answer.item', 'self-harm'), set('safetyNet.2.severity', 'soon')],
			{ rules }
		);
		expect(findingsOf(diagnostics, 'severity-below-minimum')[0]?.message).toContain(
			'mh.self-harm-thoughts (needs urgent)'
		);
	});
});
