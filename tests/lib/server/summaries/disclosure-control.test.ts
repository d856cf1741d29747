import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	disclose,
	discloseRow,
	SUPPRESSED,
	type Disclosed
} from '../../../../src/lib/server/summaries/disclosure-control.js';

const count = (value: number) => disclose({ kind: 'count', value });

describe('disclosure control', () => {
	it('hides counts from 1 to 7 and rounds every other count to the nearest 5', () => {
		expect([0, 1, 2, 7, 8, 10, 12, 13, 17, 18, 1002, 1003].map(count)).toEqual([
			0,
			SUPPRESSED,
			SUPPRESSED,
			SUPPRESSED,
			10,
			10,
			10,
			15,
			15,
			20,
			1000,
			1005
		]);
	});

	it('hides a mean based on 1 to 7 people (or none)', () => {
		expect(disclose({ kind: 'mean', value: 2.34, n: 7 })).toBe(SUPPRESSED);
		expect(disclose({ kind: 'mean', value: 2.34, n: 0 })).toBe(SUPPRESSED);
		expect(disclose({ kind: 'mean', value: 2.34, n: 8 })).toBe(2.3);
		expect(disclose({ kind: 'mean', value: -1.25, n: 40, decimals: 2 })).toBe(-1.25);
	});

	it('computes percentages from the rounded figures and hides them when either is hidden', () => {
		// 12 of 38 people: 10 of 40 after rounding, so 25%, not 31.6%.
		expect(disclose({ kind: 'percentage', numerator: 12, denominator: 38 })).toBe(25);
		expect(disclose({ kind: 'percentage', numerator: 5, denominator: 100 })).toBe(SUPPRESSED);
		expect(disclose({ kind: 'percentage', numerator: 0, denominator: 6 })).toBe(SUPPRESSED);
		expect(disclose({ kind: 'percentage', numerator: 0, denominator: 20 })).toBe(0);
	});

	it('rounds a total from the raw values, not from the rounded cells', () => {
		// Cells 12, 12, 12 show as 10, 10, 10; the total of 36 shows as 35, not 30.
		expect(discloseRow([12, 12, 12])).toEqual({ cells: [10, 10, 10], total: 35 });
		expect(discloseRow([3, 3, 3])).toEqual({
			cells: [SUPPRESSED, SUPPRESSED, SUPPRESSED],
			total: 10
		});
	});

	it('refuses what is not a count, which would be a bug in a query', () => {
		expect(() => count(-1)).toThrow('not a count');
		expect(() => count(2.5)).toThrow('not a count');
		expect(() => disclose({ kind: 'percentage', numerator: 9, denominator: 8 })).toThrow('larger');
	});
});

describe('disclosure control, for any table', () => {
	const rows = fc.array(fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 8 }), {
		minLength: 1,
		maxLength: 12
	});
	const isShown = (value: Disclosed): value is number => value !== SUPPRESSED;

	it('never shows a count from 1 to 7, and every shown count is a multiple of 5 within 2 of the truth', () => {
		fc.assert(
			fc.property(rows, (table) => {
				for (const raw of table) {
					const { cells, total } = discloseRow(raw);
					[...cells, total].forEach((shown, i) => {
						const truth = i < raw.length ? (raw[i] as number) : raw.reduce((a, b) => a + b, 0);
						if (truth >= 1 && truth <= 7) expect(shown).toBe(SUPPRESSED);
						else {
							expect(isShown(shown)).toBe(true);
							expect((shown as number) % 5).toBe(0);
							expect(Math.abs((shown as number) - truth)).toBeLessThanOrEqual(2);
						}
					});
				}
			})
		);
	});

	it('rounds totals from raw values', () => {
		fc.assert(
			fc.property(rows, (table) => {
				for (const raw of table) {
					const sum = raw.reduce((a, b) => a + b, 0);
					expect(discloseRow(raw).total).toBe(disclose({ kind: 'count', value: sum }));
				}
			})
		);
	});

	it('derives every shown percentage from the shown numerator and denominator', () => {
		fc.assert(
			fc.property(fc.nat({ max: 2000 }), fc.nat({ max: 2000 }), (a, b) => {
				const [numerator, denominator] = a <= b ? [a, b] : [b, a];
				const shown = disclose({ kind: 'percentage', numerator, denominator });
				const top = count(numerator);
				const bottom = count(denominator);
				if (top === SUPPRESSED || bottom === SUPPRESSED || bottom === 0)
					expect(shown).toBe(SUPPRESSED);
				else expect(shown).toBe(Math.round((top / bottom) * 1000) / 10);
			})
		);
	});

	it('hides every mean based on 1 to 7 people', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -10, max: 10, noNaN: true }),
				fc.integer({ min: 1, max: 7 }),
				(value, n) => {
					expect(disclose({ kind: 'mean', value, n })).toBe(SUPPRESSED);
				}
			)
		);
	});
});
