import { describe, expect, it } from 'vitest';
import { missingTranslationRule } from '../../../../../src/lib/pathway/lint/rules/missing-translation.js';
import {
	expectAt,
	findingsOf,
	keyPositionOf,
	lintVariant,
	set,
	unchanged,
	valueAt
} from '../../../../fixtures/pathway-fixture.js';

const rules = [missingTranslationRule];

describe('missing-translation', () => {
	it('finds nothing when only English is declared', () => {
		expect(
			findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'missing-translation')
		).toEqual([]);
	});

	it('warns about English keys a translation lacks and keys English lacks', () => {
		const { text, diagnostics } = lintVariant(
			[
				set('locales.cy', { status: 'draft', translator: 'A Cyfieithydd' }),
				(data) => {
					const english = Object.keys(valueAt(data, 'strings.en') as Record<string, string>);
					set(
						'strings.cy',
						Object.fromEntries(english.slice(2).map((key) => [key, 'Testun']))
					)(data);
				},
				set(['strings', 'cy', 'pathway.titel'], 'Poen cefn')
			],
			{ rules }
		);
		const found = findingsOf(diagnostics, 'missing-translation');
		expect(found.map((diagnostic) => diagnostic.severity)).toEqual(['warning', 'warning']);
		expect(found[0]?.path).toBe('strings.cy');
		expect(found[0]?.message).toBe(
			'The Welsh (cy) strings are missing 2 keys that English has: "pathway.title", "pathway.summary". Patients see English for these until they are translated.'
		);
		expect(found[1]?.path).toBe('strings.cy.pathway.titel');
		expect(found[1]?.message).toContain('Did you mean "pathway.title"?');
		expectAt(found[0], keyPositionOf(text, 'cy', 2));
		expectAt(found[1], keyPositionOf(text, 'pathway.titel'));
	});
});
