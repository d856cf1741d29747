/**
 * Days in the patient's local calendar (decision 2: time is an input). Day 0 is the day they
 * enrolled; "day 3" is three local midnights later, whatever the time zone or clock change.
 */

/** A date as YYYY-MM-DD in the local calendar. */
export function toLocalDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole local-calendar days from `startDate` (YYYY-MM-DD) to `date`; never negative. */
export function dayNumberOn(startDate: string, date: Date): number {
	const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
	// Compare calendar dates in UTC so a daylight-saving change never makes a day 23 or 25 hours.
	const start = Date.UTC(y, m - 1, d);
	const today = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
	return Math.max(0, Math.round((today - start) / 86_400_000));
}

/** Milliseconds until the next local midnight (when the next day event is due). */
export function msUntilNextLocalMidnight(date: Date): number {
	const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
	return next.getTime() - date.getTime();
}

/** The local date of a day number of an enrolment. */
export function localDateOfDay(startDate: string, day: number): string {
	const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
	return toLocalDate(new Date(y, m - 1, d + day));
}
