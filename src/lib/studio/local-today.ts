/** Today's date for the review-overdue lint rule (the studio may read the clock; the engine not). */

/** Today in the local calendar as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
	const pad = (value: number): string => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
