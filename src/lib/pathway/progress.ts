/**
 * The patient's progress from their history: pain (0-10) and function (PSFS, 0-10) by day, and
 * how many days they checked in. Pure, so the progress screen, the printable summary and the
 * studio all show the same numbers.
 */
import type { EngineContext } from './engine-types.js';
import type { PathwayIndex } from './pathway-index.js';
import { historyOf } from './conditions.js';

export interface ProgressPoint {
	readonly day: number;
	readonly pain?: number;
	readonly function?: number;
}

export interface Progress {
	readonly points: readonly ProgressPoint[];
	/** Days with at least one check-in. */
	readonly daysCheckedIn: number;
	/** Days since enrolment, counting today. */
	readonly daysSoFar: number;
}

/** Pain and function by day (the last value given that day), oldest first. */
export function summariseProgress(index: PathwayIndex, context: EngineContext): Progress {
	const byDay = new Map<number, { pain?: number; function?: number }>();
	for (const submission of context.submissions) {
		const scope = { index, history: [submission] };
		const pain = historyOf(scope, 'pain.nrs')[0];
		const fn = historyOf(scope, 'function.psfs')[0];
		if (pain === undefined && fn === undefined) continue;
		const point = byDay.get(submission.day) ?? {};
		if (pain !== undefined) point.pain = pain;
		if (fn !== undefined) point.function = Math.round(fn * 10) / 10;
		byDay.set(submission.day, point);
	}
	const points = [...byDay.entries()]
		.sort(([a], [b]) => a - b)
		.map(([day, values]) => ({ day, ...values }));
	const checkinDays = new Set(
		context.submissions.filter((s) => s.purpose === 'checkin').map((s) => s.day)
	);
	return { points, daysCheckedIn: checkinDays.size, daysSoFar: context.day + 1 };
}
