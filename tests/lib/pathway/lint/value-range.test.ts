import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	describeRange,
	hasValueBetween,
	intersectRanges,
	isRangeEmpty,
	rangeOf,
	snapRange
} from '../../../../src/lib/pathway/lint/value-range.js';

describe('value ranges', () => {
	it('finds possible values strictly between two bounds', () => {
		expect(hasValueBetween(2, 3, 1)).toBe(false);
		expect(hasValueBetween(2, 4, 1)).toBe(true);
		expect(hasValueBetween(1.5, 2, 0.5)).toBe(false);
		expect(hasValueBetween(1, 2, 0.5)).toBe(true);
		expect(hasValueBetween(1, 1.0001, 0)).toBe(true);
	});

	it('agrees with counting whole numbers', () => {
		fc.assert(
			fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), (a, b) => {
				expect(hasValueBetween(a, b, 1)).toBe(b - a >= 2);
			})
		);
	});

	it('intersects comparisons and snaps them to whole numbers', () => {
		const atLeast5 = rangeOf('>=', 5)!;
		const below8 = rangeOf('<', 8)!;
		const both = snapRange(intersectRanges(atLeast5, below8), 1);
		expect(both).toEqual({ low: 5, lowOpen: false, high: 7, highOpen: false });
		expect(describeRange(both)).toBe('5 to 7');
		expect(isRangeEmpty(snapRange(intersectRanges(rangeOf('>', 7)!, rangeOf('<', 8)!), 1))).toBe(
			true
		);
		expect(isRangeEmpty(intersectRanges(rangeOf('>', 7)!, rangeOf('<', 8)!))).toBe(false);
		expect(rangeOf('!=', 3)).toBeUndefined();
		expect(describeRange(rangeOf('>', 3)!)).toBe('above 3');
	});
});
