/**
 * The arithmetic behind ProgressChart: where each point goes in the drawing, which days get a
 * tick, and a sentence per measure for the chart's text alternative. Pure, so it can be tested.
 */

export interface ProgressPoint {
	/** The day as shown to the patient. */
	readonly day: number;
	/** Pain, 0 (none) to 10 (worst). */
	readonly pain?: number | undefined;
	/** What the patient can do (PSFS), 0 (cannot) to 10 (as before). */
	readonly function?: number | undefined;
}

export type Measure = 'pain' | 'function';

/** The drawing's size in SVG units and the margins kept for the axis labels. */
export const CHART = {
	width: 340,
	height: 220,
	left: 40,
	right: 16,
	top: 16,
	bottom: 48,
	maxScore: 10
} as const;

/** Maps a day to an x position: the first day at the left edge, the last at the right. */
export function scaleDay(day: number, firstDay: number, lastDay: number): number {
	const plotWidth = CHART.width - CHART.left - CHART.right;
	if (lastDay === firstDay) return CHART.left + plotWidth / 2;
	return CHART.left + ((day - firstDay) / (lastDay - firstDay)) * plotWidth;
}

/** Maps a 0 to 10 score to a y position: 0 at the bottom. */
export function scaleScore(score: number): number {
	const plotHeight = CHART.height - CHART.top - CHART.bottom;
	const clamped = Math.min(CHART.maxScore, Math.max(0, score));
	return CHART.top + plotHeight - (clamped / CHART.maxScore) * plotHeight;
}

/** The points that have a value for the measure, in day order. */
export function pointsWith(
	points: readonly ProgressPoint[],
	measure: Measure
): { day: number; value: number }[] {
	return points
		.flatMap((point) => {
			const value = point[measure];
			return value === undefined ? [] : [{ day: point.day, value }];
		})
		.sort((a, b) => a.day - b.day);
}

/** At most `count` days to label on the x axis, always including the first and the last. */
export function pickDayTicks(days: readonly number[], count = 6): number[] {
	const unique = [...new Set(days)].sort((a, b) => a - b);
	if (unique.length <= count) return unique;
	const ticks = new Set<number>();
	for (let i = 0; i < count; i++) {
		const index = Math.round((i * (unique.length - 1)) / (count - 1));
		const day = unique[index];
		if (day !== undefined) ticks.add(day);
	}
	return [...ticks];
}

/** First and last value of a measure, for the summary sentence; undefined when none. */
export function summariseMeasure(
	points: readonly ProgressPoint[],
	measure: Measure
):
	| { kind: 'one'; day: number; value: number }
	| { kind: 'change'; firstDay: number; first: number; lastDay: number; last: number }
	| undefined {
	const values = pointsWith(points, measure);
	const first = values[0];
	const last = values[values.length - 1];
	if (first === undefined || last === undefined) return undefined;
	if (values.length === 1) return { kind: 'one', day: first.day, value: first.value };
	return {
		kind: 'change',
		firstDay: first.day,
		first: first.value,
		lastDay: last.day,
		last: last.value
	};
}
