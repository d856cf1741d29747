/**
 * Ranges of values a score or a numeric comparison can take, so that lint can find gaps and
 * overlaps between score bands and between transitions. Scores built from whole numbers take
 * whole values (a mean of n whole numbers takes steps of 1/n); anything with a decimal item is
 * treated as continuous.
 */
import { findItems, findScores, listAnswerableItems } from '../items.js';
import type { Operator } from '../schema/condition-schema.js';
import type { Pathway } from '../schema/pathway-schema.js';
import type { AnswerableItem, Questionnaire, Score } from '../schema/questionnaire-schema.js';

const EPSILON = 1e-9;

/** True when the item's answers are whole numbers (booleans count 1/0). */
function isWholeValued(item: AnswerableItem): boolean {
	if (item.type === 'boolean' || item.type === 'integer') return true;
	if (item.type === 'choice')
		return item.options.every((option) => Number.isInteger(option.weight ?? 0));
	return false;
}

/**
 * The step between possible values of a score: 1 for whole numbers, 1/n for a mean of n whole
 * numbers, 0 when values are continuous.
 */
export function findScoreStep(score: Score, questionnaire: Questionnaire): number {
	if (score.method === 'count') return 1;
	const items = listAnswerableItems(questionnaire).filter((item) =>
		score.items.includes(item.linkId)
	);
	if (!items.every(isWholeValued)) return 0;
	return score.method === 'mean' ? 1 / Math.max(1, score.items.length) : 1;
}

/** True when some possible value lies strictly between a and b. */
export function hasValueBetween(a: number, b: number, step: number): boolean {
	if (step === 0) return a < b;
	const next = (Math.floor(a / step + EPSILON) + 1) * step;
	return next < b - EPSILON;
}

/** A range of numbers; open ends exclude the bound. */
export interface ValueRange {
	readonly low: number;
	readonly lowOpen: boolean;
	readonly high: number;
	readonly highOpen: boolean;
}

/** The values that pass `op value`, or undefined for operators that do not make one range. */
export function rangeOf(op: Operator, value: number): ValueRange | undefined {
	switch (op) {
		case '=':
			return { low: value, lowOpen: false, high: value, highOpen: false };
		case '>':
			return { low: value, lowOpen: true, high: Infinity, highOpen: true };
		case '>=':
			return { low: value, lowOpen: false, high: Infinity, highOpen: true };
		case '<':
			return { low: -Infinity, lowOpen: true, high: value, highOpen: true };
		case '<=':
			return { low: -Infinity, lowOpen: true, high: value, highOpen: false };
		case '!=':
		case 'exists':
			return undefined;
	}
}

/** The overlap of two ranges (possibly empty: check with `isRangeEmpty`). */
export function intersectRanges(a: ValueRange, b: ValueRange): ValueRange {
	const low = Math.max(a.low, b.low);
	const high = Math.min(a.high, b.high);
	return {
		low,
		lowOpen: (a.low === low && a.lowOpen) || (b.low === low && b.lowOpen),
		high,
		highOpen: (a.high === high && a.highOpen) || (b.high === high && b.highOpen)
	};
}

/** The range with its ends moved onto possible values (whole numbers when `step` is 1). */
export function snapRange(range: ValueRange, step: number): ValueRange {
	if (step !== 1) return range;
	const low = range.lowOpen ? Math.floor(range.low + EPSILON) + 1 : Math.ceil(range.low - EPSILON);
	const high = range.highOpen
		? Math.ceil(range.high - EPSILON) - 1
		: Math.floor(range.high + EPSILON);
	return { low, lowOpen: false, high, highOpen: false };
}

/** True when no number is in the range. */
export function isRangeEmpty(range: ValueRange): boolean {
	if (range.low > range.high) return true;
	return range.low === range.high && (range.lowOpen || range.highOpen);
}

/** "7 to 10", "7", "above 7". */
export function describeRange(range: ValueRange): string {
	if (range.low === range.high) return String(range.low);
	if (range.high === Infinity) return `${range.lowOpen ? 'above' : 'from'} ${range.low}`;
	if (range.low === -Infinity) return `${range.highOpen ? 'below' : 'up to'} ${range.high}`;
	return `${range.low} to ${range.high}`;
}

/** The domain and step of a numeric item or score named by `ref`, if it is one. */
export function findNumericDomain(
	pathway: Pathway,
	ref: string,
	kind: 'answer' | 'score'
): { range: ValueRange; step: number } | undefined {
	if (kind === 'score') {
		const found = findScores(pathway, ref)[0];
		if (found === undefined) return undefined;
		return {
			range: { low: found.score.min, lowOpen: false, high: found.score.max, highOpen: false },
			step: findScoreStep(found.score, found.questionnaire)
		};
	}
	const item = findItems(pathway, ref)[0]?.item;
	if (item === undefined || (item.type !== 'integer' && item.type !== 'decimal')) return undefined;
	return {
		range: { low: item.min, lowOpen: false, high: item.max, highOpen: false },
		step: item.type === 'integer' ? 1 : 0
	};
}
