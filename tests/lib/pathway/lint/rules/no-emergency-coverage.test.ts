import { describe, expect, it } from 'vitest';
import { noEmergencyCoverageRule } from '../../../../../src/lib/pathway/lint/rules/no-emergency-coverage.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [noEmergencyCoverageRule];

describe('no-emergency-coverage', () => {
	it('finds nothing in the fixture', () => {
		expect(
			findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'no-emergency-coverage')
		).toEqual([]);
	});

	it('reports the entry screen and every live stage no emergency rule covers', () => {
		const { text, diagnostics } = lintVariant(
			set('safetyNet.0.scope', ['settling', 'building-up']),
			{ rules }
		);
		const found = findingsOf(diagnostics, 'no-emergency-coverage');
		expect(found.map((diagnostic) => diagnostic.path)).toEqual([
			'questionnaires.0.purpose',
			'stages.3.id',
			'stages.4.id'
		]);
		expect(found.every((diagnostic) => diagnostic.severity === 'error')).toBe(true);
		expect(found[0]?.message).toContain('No emergency rule applies to the entry screen');
		expect(found[1]?.message).toContain('No emergency rule applies in stage "emergency-help"');
		expectAt(found[0], valuePositionOf(text, 'purpose', '"entry"'));
		expectAt(found[1], valuePositionOf(text, 'id', '"emergency-help"'));
	});
});
