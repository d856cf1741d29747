import { describe, expect, it } from 'vitest';
import { redFlagCooldownRule } from '../../../../../src/lib/pathway/lint/rules/red-flag-cooldown.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [redFlagCooldownRule];

describe('red-flag-cooldown', () => {
	it('allows cooldowns on dynamic rules (the fixture has them)', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'red-flag-cooldown')).toEqual(
			[]
		);
	});

	it('reports a cooldown on a red-flag rule', () => {
		const { text, diagnostics } = lintVariant(set('safetyNet.2.cooldownDays', 2), {
			rules
		});
		const [finding, ...rest] = findingsOf(diagnostics, 'red-flag-cooldown');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.path).toBe('safetyNet.2.cooldownDays');
		expect(finding?.message).toContain('"cooldownDays": 2');
		expect(finding?.message).toContain('a red flag must fire every time');
		expectAt(finding, valuePositionOf(text, 'cooldownDays', '2'));
	});
});
