import { describe, expect, it } from 'vitest';
import { unregisteredActionRule } from '../../../../../src/lib/pathway/lint/rules/unregistered-action.js';
import {
	expectAt,
	lintVariant,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [unregisteredActionRule];

describe('unregistered-action', () => {
	it('finds nothing in the fixture', () => {
		expect(lintVariant(unchanged, { rules }).diagnostics).toEqual([]);
	});

	it('reports an unknown action once, under its own rule id, with a suggestion', () => {
		const { text, diagnostics } = lintVariant(
			set('stages.0.transitions.0.actions.0.type', 'setFlg'),
			{ rules }
		);
		const atType = diagnostics.filter(
			(diagnostic) => diagnostic.path === 'stages.0.transitions.0.actions.0.type'
		);
		expect(atType).toHaveLength(1);
		expect(atType[0]?.rule).toBe('unregistered-action');
		expect(atType[0]?.severity).toBe('error');
		expect(atType[0]?.message).toBe(
			'Unknown action "setFlg". Did you mean "setFlag"? Registered actions are: "setFlag", "clearFlag".'
		);
		expectAt(atType[0], valuePositionOf(text, 'type', '"setFlg"'));
	});
});
