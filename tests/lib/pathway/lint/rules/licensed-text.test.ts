import { describe, expect, it } from 'vitest';
import { licensedTextRule } from '../../../../../src/lib/pathway/lint/rules/licensed-text.js';
import {
	expectAt,
	findingsOf,
	lintVariant,
	positionOf,
	set,
	unchanged
} from '../../../../fixtures/pathway-fixture.js';

const rules = [licensedTextRule];

function lintBody(body: string) {
	return lintVariant(set(['strings', 'en', 'advice.keep-moving.body'], body), { rules });
}

describe('licensed-text', () => {
	it('finds nothing in the fixture', () => {
		expect(findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'licensed-text')).toEqual([]);
	});

	it('reports English text naming a licensed measure, at the string', () => {
		const { text, diagnostics } = lintBody('We will ask you the MSK-HQ questions each month.');
		const [finding, ...rest] = findingsOf(diagnostics, 'licensed-text');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.path).toBe('strings.en.advice.keep-moving.body');
		expect(finding?.message).toContain('mentions MSK-HQ, a licensed measure');
		expectAt(finding, positionOf(text, '"We will ask you the MSK-HQ'));
	});

	it.each([
		['EQ-5D-5L', 'EQ-5D'],
		['the Oxford Knee Score', 'Oxford Knee/Hip/Shoulder Score'],
		['QuickDASH', 'QuickDASH'],
		['the Oswestry questionnaire', 'Oswestry Disability Index'],
		['your ODI result', 'ODI']
	])('recognises %s', (phrase, measure) => {
		const [finding] = findingsOf(lintBody(`Fill in ${phrase}.`).diagnostics, 'licensed-text');
		expect(finding?.message).toContain(`mentions ${measure}`);
	});

	it('does not flag ordinary words that contain the letters', () => {
		const { diagnostics } = lintBody(
			'Take the bus to Oxford Road; an odd ache is normal. Eat a quick dash of salad.'
		);
		expect(findingsOf(diagnostics, 'licensed-text')).toEqual([]);
	});
});
