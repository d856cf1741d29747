/**
 * Disclosure control for commissioner summaries (safety-facts.md section 7; NHS England HES/ECDS
 * rules below national level). Every number a commissioner sees passes through `disclose`:
 *
 * - a count from 1 to 7 is shown as `*`; every other count is rounded to the nearest 5;
 * - a mean, median or percentage based on 1 to 7 people is shown as `*`;
 * - percentages are computed from the rounded numbers (and are `*` when either is suppressed);
 * - totals are computed from raw values and then rounded, never summed from rounded cells.
 */

/** The symbol shown in place of a suppressed number. */
export const SUPPRESSED = '*';
export type Disclosed = number | typeof SUPPRESSED;

/** The smallest and largest counts that are suppressed. */
export const SUPPRESS_FROM = 1;
export const SUPPRESS_TO = 7;
export const ROUND_TO = 5;

/** A raw figure, before disclosure control. */
export type RawMeasure =
	/** How many records (people). */
	| { readonly kind: 'count'; readonly value: number }
	/** A mean or median of `n` people's values. */
	| {
			readonly kind: 'mean';
			readonly value: number;
			readonly n: number;
			readonly decimals?: number;
	  }
	/** `numerator` of `denominator` people, as a percentage of the rounded figures. */
	| { readonly kind: 'percentage'; readonly numerator: number; readonly denominator: number };

/** True when a count of people must be hidden. */
export function isSmallNumber(count: number): boolean {
	return count >= SUPPRESS_FROM && count <= SUPPRESS_TO;
}

/** A count rounded to the nearest 5 (halves round up; they cannot occur for whole counts). */
export function roundCount(count: number): number {
	return Math.round(count / ROUND_TO) * ROUND_TO;
}

/** The one disclosure-control function: what a commissioner may see for a raw figure. */
export function disclose(measure: RawMeasure): Disclosed {
	switch (measure.kind) {
		case 'count':
			assertCount(measure.value);
			return isSmallNumber(measure.value) ? SUPPRESSED : roundCount(measure.value);
		case 'mean': {
			assertCount(measure.n);
			if (measure.n === 0 || isSmallNumber(measure.n)) return SUPPRESSED;
			const factor = 10 ** (measure.decimals ?? 1);
			return Math.round(measure.value * factor) / factor;
		}
		case 'percentage': {
			assertCount(measure.numerator);
			assertCount(measure.denominator);
			if (measure.numerator > measure.denominator) {
				throw new Error(
					`numerator ${measure.numerator} is larger than denominator ${measure.denominator}`
				);
			}
			const numerator = disclose({ kind: 'count', value: measure.numerator });
			const denominator = disclose({ kind: 'count', value: measure.denominator });
			// Based on 1-7 people, or revealing a hidden count: hide it.
			if (numerator === SUPPRESSED || denominator === SUPPRESSED || denominator === 0)
				return SUPPRESSED;
			return Math.round((numerator / denominator) * 1000) / 10;
		}
	}
}

/** A row of counts with its total: each cell disclosed, the total rounded from the raw sum. */
export function discloseRow(raw: readonly number[]): { cells: Disclosed[]; total: Disclosed } {
	const total = raw.reduce((a, b) => a + b, 0);
	return {
		cells: raw.map((value) => disclose({ kind: 'count', value })),
		total: disclose({ kind: 'count', value: total })
	};
}

function assertCount(value: number): void {
	// A negative or fractional count is a bug in the query, never data to show.
	if (!Number.isInteger(value) || value < 0) throw new Error(`not a count: ${value}`);
}
