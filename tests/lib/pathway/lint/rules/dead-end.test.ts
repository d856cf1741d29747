import { describe, expect, it } from 'vitest';
import { deadEndRule } from '../../../../../src/lib/pathway/lint/rules/dead-end.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	remove,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [deadEndRule];

describe('dead-end', () => {
	it('finds nothing in the fixture', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'dead-end')).toEqual([]);
	});

	it('reports a recovery stage without transitions as an error', () => {
		const { text, diagnostics } = lintVariant(set('stages.1.transitions', []), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'dead-end');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.path).toBe('stages.1.transitions');
		expect(finding?.message).toContain('Stage "building-up" has no transitions');
		expect(finding?.message).toContain('make it kind "final"');
		expectAt(finding, valuePositionOf(text, 'transitions', '[]'));
	});

	it('warns when maxDays has no stage.elapsed transition', () => {
		const { text, diagnostics } = lintVariant(remove('stages.0.transitions.1'), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'dead-end');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('warning');
		expect(finding?.message).toContain('"maxDays": 14 but no "stage.elapsed" transition');
		expectAt(finding, valuePositionOf(text, 'maxDays', '14'));
	});

	it('reports an escalation stage without escalation.cleared', () => {
		const { text, diagnostics } = lintVariant(
			set('stages.4.transitions', [{ on: 'day', to: 'settling' }]),
			{ rules }
		);
		const [finding, ...rest] = findingsOf(diagnostics, 'dead-end');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.message).toContain(
			'Escalation stage "urgent-help" has no "escalation.cleared"'
		);
		const stageId = valuePositionOf(text, 'id', '"urgent-help"');
		expect(finding?.line).toBeGreaterThan(stageId.line);
		expect(finding?.path).toBe('stages.4.transitions');
	});
});
