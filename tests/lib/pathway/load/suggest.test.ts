import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	didYouMean,
	levenshtein,
	listValues,
	suggest
} from '../../../../src/lib/pathway/load/suggest.js';

describe('levenshtein', () => {
	it('counts single-character edits', () => {
		expect(levenshtein('sevrity', 'severity')).toBe(1);
		expect(levenshtein('kitten', 'sitting')).toBe(3);
		expect(levenshtein('', 'abc')).toBe(3);
	});

	it('is a distance: zero only for equal strings, symmetric, and obeys the triangle inequality', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 12 }),
				fc.string({ maxLength: 12 }),
				fc.string({ maxLength: 12 }),
				(a, b, c) => {
					expect(levenshtein(a, b) === 0).toBe(a === b);
					expect(levenshtein(a, b)).toBe(levenshtein(b, a));
					expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
				}
			)
		);
	});
});

describe('suggest', () => {
	const stages = ['early-days', 'building-up', 'getting-back', 'finished'];

	it('suggests the closest id for a likely typo', () => {
		expect(suggest('buildng-up', stages)).toBe('building-up');
		expect(suggest('Finished', stages)).toBe('finished');
		expect(suggest('early', stages)).toBe('early-days');
		expect(suggest('=>', ['=', '>=', '<='])).toBe('>=');
	});

	it('suggests nothing for a word that is not close to any candidate', () => {
		expect(suggest('recovery', stages)).toBeUndefined();
		expect(suggest('x', ['fever', 'pain.nrs'])).toBeUndefined();
	});

	it('words the suggestion as a sentence to append', () => {
		expect(didYouMean('sevrity', ['severity', 'scope'])).toBe(' Did you mean "severity"?');
		expect(didYouMean('zzz', ['severity'])).toBe('');
	});

	it('lists values quoted, shortening long lists', () => {
		expect(listValues(['a', 'b'])).toBe('"a", "b"');
		expect(listValues([1, 2, 3], 2)).toBe('1, 2 and 1 more');
		expect(listValues([])).toBe('(none)');
	});
});
