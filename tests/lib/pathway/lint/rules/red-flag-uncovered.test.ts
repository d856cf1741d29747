import { describe, expect, it } from 'vitest';
import { redFlagUncoveredRule } from '../../../../../src/lib/pathway/lint/rules/red-flag-uncovered.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	remove,
	set,
	unchanged,
	update,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [redFlagUncoveredRule];
const ALL_STAGES = '"settling", "building-up", "finished", "emergency-help", "urgent-help"';

describe('red-flag-uncovered', () => {
	it('finds nothing in the fixture', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'red-flag-uncovered')).toEqual(
			[]
		);
	});

	it('reports a red-flag question no rule covers, wherever it is asked', () => {
		// The urgent rule lists rf.fever first; without it nothing fires on fever.
		const { text, diagnostics } = lintVariant(remove('safetyNet.1.when.any.0'), {
			rules
		});
		const found = findingsOf(diagnostics, 'red-flag-uncovered');
		expect(found.map((diagnostic) => diagnostic.path)).toEqual([
			'questionnaires.0.items.5.code',
			'questionnaires.1.items.5.code'
		]);
		expect(found[0]?.severity).toBe('error');
		expect(found[0]?.message).toContain(
			'Red-flag question "fever" (rf.fever: high temperature or feeling hot and shivery) is not covered in "entry"'
		);
		expect(found[0]?.message).toContain('severity urgent or above');
		expect(found[1]?.message).toContain(`is not covered in ${ALL_STAGES}`);
		expectAt(found[0], valuePositionOf(text, 'code', '"rf.fever"', 1));
		expectAt(found[1], valuePositionOf(text, 'code', '"rf.fever"', 2));
	});

	it('reports the states a scoped rule leaves out, including check-in stages', () => {
		const { diagnostics } = lintVariant(set('safetyNet.2.scope', ['settling']), {
			rules
		});
		const found = findingsOf(diagnostics, 'red-flag-uncovered');
		expect(found.map((diagnostic) => diagnostic.path)).toEqual([
			'questionnaires.0.items.11.code',
			'questionnaires.1.items.11.code',
			'questionnaires.2.items.4.code'
		]);
		expect(found[0]?.message).toContain(
			'is not covered in "entry". No safety-net rule in scope fires'
		);
		expect(found[2]?.message).toContain('is not covered in "building-up".');
	});

	it('does not count a rule that needs something else as well', () => {
		const { diagnostics } = lintVariant(
			update('safetyNet.2.when', (when) => ({
				all: [when ?? null, { day: { op: '>=', value: 3 } }]
			})),
			{ rules }
		);
		expect(findingsOf(diagnostics, 'red-flag-uncovered')).toHaveLength(3);
	});

	it('counts "!= false" and "exists true" as firing on yes', () => {
		const notFalse = lintVariant(
			set('safetyNet.2.when.answer', { item: 'self-harm', op: '!=', value: false }),
			{ rules }
		);
		expect(findingsOf(notFalse.diagnostics, 'red-flag-uncovered')).toEqual([]);
	});
});
