import { describe, expect, it } from 'vitest';
import { dynamicSafetyNetRule } from '../../../../../src/lib/pathway/lint/rules/dynamic-safety-net.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	positionOf,
	remove,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [dynamicSafetyNetRule];

describe('dynamic-safety-net', () => {
	it('finds nothing in the fixture', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'dynamic-safety-net')).toEqual(
			[]
		);
	});

	it('reports a missing dynamic rule at the safety net, with an example', () => {
		const { text, diagnostics } = lintVariant(remove('safetyNet.6'), { rules });
		const [finding, ...rest] = findingsOf(diagnostics, 'dynamic-safety-net');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.path).toBe('safetyNet');
		expect(finding?.message).toContain('There is no low mood rule ("code": "sn.low-mood")');
		expect(finding?.message).toContain(
			'severity routine or above, signposts including "talking-therapies"'
		);
		expectAt(finding, valuePositionOf(text, 'safetyNet', '['));
	});

	it('reports a dynamic rule below its minimum severity and without its signposts', () => {
		const { text, diagnostics } = lintVariant(
			[set('safetyNet.3.severity', 'routine'), set('safetyNet.3.signposts', ['pharmacy'])],
			{ rules }
		);
		const found = findingsOf(diagnostics, 'dynamic-safety-net');
		expect(found.map((diagnostic) => diagnostic.path)).toEqual([
			'safetyNet.3.severity',
			'safetyNet.3.signposts'
		]);
		expect(found[0]?.message).toBe(
			'The worsening pain rule "worsening" must be at least "soon", but is "routine". Raise its severity.'
		);
		expect(found[1]?.message).toBe(
			'The worsening pain rule "worsening" must signpost "gp" or "physio-self-referral". Add one to "signposts".'
		);
		expectAt(found[0], valuePositionOf(text, 'severity', '"routine"', 1));
	});

	it('reports a not-improving rule that waits past day 42', () => {
		const { text, diagnostics } = lintVariant(set('safetyNet.4.when.all.0.day.value', 60), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'dynamic-safety-net');
		expect(rest).toEqual([]);
		expect(finding?.path).toBe('safetyNet.4.when.all.0.day.value');
		expect(finding?.message).toContain('must check for "not improving" by day 42');
		expect(finding?.message).toContain('waits until day 60');
		const value = positionOf(text, '"value": 60');
		expectAt(finding, { line: value.line, col: value.col + '"value": '.length });
	});

	it('uses day 14 for shoulder pathways', () => {
		const { diagnostics } = lintVariant(set('condition', 'shoulder'), { rules });
		const [finding] = findingsOf(diagnostics, 'dynamic-safety-net');
		expect(finding?.message).toContain(
			'A shoulder pathway must check for "not improving" by day 14'
		);
	});
});
