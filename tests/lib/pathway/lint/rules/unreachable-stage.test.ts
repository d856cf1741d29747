import { describe, expect, it } from 'vitest';
import { unreachableStageRule } from '../../../../../src/lib/pathway/lint/rules/unreachable-stage.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	remove,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [unreachableStageRule];

describe('unreachable-stage', () => {
	it('finds nothing in the fixture', () => {
		const { diagnostics } = lintVariant(unchanged, { rules });
		expect(findingsOf(diagnostics, 'unreachable-stage')).toEqual([]);
	});

	it('reports stages no transition leads to, at their id', () => {
		const { text, diagnostics } = lintVariant(
			[remove('stages.0.transitions.1'), remove('stages.0.maxDays')],
			{ rules }
		);
		const found = findingsOf(diagnostics, 'unreachable-stage');
		expect(found.map((diagnostic) => diagnostic.path)).toEqual(['stages.1.id', 'stages.2.id']);
		expect(found[0]?.severity).toBe('error');
		expect(found[0]?.message).toContain('No patient can reach stage "building-up"');
		expect(found[0]?.message).toContain('Add a transition with "to": "building-up"');
		expectAt(found[0], valuePositionOf(text, 'id', '"building-up"'));
		expectAt(found[1], valuePositionOf(text, 'id', '"finished"'));
	});

	it('reports an escalation stage no rule escalates to', () => {
		const { text, diagnostics } = lintVariant(
			[remove('safetyNet.1.escalateTo'), remove('safetyNet.2.escalateTo')],
			{ rules }
		);
		const [finding, ...rest] = findingsOf(diagnostics, 'unreachable-stage');
		expect(rest).toEqual([]);
		expect(finding?.message).toContain('escalation stage "urgent-help"');
		expect(finding?.message).toContain('"escalateTo": "urgent-help"');
		expectAt(finding, valuePositionOf(text, 'id', '"urgent-help"'));
	});

	it('does not count escalations from rules scoped only to unreachable stages', () => {
		const { diagnostics } = lintVariant(
			[
				remove('stages.0.transitions.1'),
				remove('stages.0.maxDays'),
				remove('safetyNet.1.escalateTo'),
				set('safetyNet.2.scope', ['building-up'])
			],
			{ rules }
		);
		expect(
			findingsOf(diagnostics, 'unreachable-stage').map((diagnostic) => diagnostic.path)
		).toEqual(['stages.1.id', 'stages.2.id', 'stages.4.id']);
	});
});
