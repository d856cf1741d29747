/** Month names for people: summaries, CSV labels and the commissioner dashboard share them. */

const MONTH_NAMES = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
] as const;

/** `2026-03` as `Mar 2026`; anything that is not a YYYY-MM month is returned unchanged. */
export function formatMonth(month: string): string {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	if (match === null) return month;
	const name = MONTH_NAMES[Number(match[2]) - 1];
	return name === undefined ? month : `${name} ${match[1]}`;
}
