/**
 * Daily reminders: an .ics calendar file the patient can add to any calendar app (works when
 * Limber is closed), and the check for an in-app reminder while the app is open.
 */

/** An iCalendar file with a daily event at `time` (HH:MM, local), starting on `startDate`. */
export function buildReminderCalendar(input: {
	startDate: string;
	time: string;
	title: string;
	description: string;
	url: string;
	uid: string;
	stamp: Date;
}): string {
	const date = input.startDate.replace(/-/g, '');
	const time = `${input.time.replace(':', '')}00`;
	const stamp = input.stamp
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	// Floating local time (no TZID): the reminder follows the phone's time zone.
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Limber//Recovery plan reminder//EN',
		'CALSCALE:GREGORIAN',
		'BEGIN:VEVENT',
		`UID:${input.uid}`,
		`DTSTAMP:${stamp}`,
		`DTSTART:${date}T${time}`,
		'DURATION:PT10M',
		'RRULE:FREQ=DAILY;COUNT=90',
		`SUMMARY:${escapeText(input.title)}`,
		`DESCRIPTION:${escapeText(input.description)}`,
		`URL:${input.url}`,
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(input.title)}`,
		'TRIGGER:PT0M',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** True when a reminder is due now: at or after the time today and no check-in yet today. */
export function isReminderDue(input: {
	time: string;
	now: Date;
	checkinDoneToday: boolean;
}): boolean {
	if (input.checkinDoneToday) return false;
	const [hours, minutes] = input.time.split(':').map(Number) as [number, number];
	return input.now.getHours() * 60 + input.now.getMinutes() >= hours * 60 + minutes;
}

function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n');
}

/** RFC 5545: lines longer than 75 octets are folded with CRLF and a space. */
function foldLine(line: string): string {
	const parts: string[] = [];
	let rest = line;
	while (new TextEncoder().encode(rest).length > 75) {
		let cut = 75;
		while (new TextEncoder().encode(rest.slice(0, cut)).length > 75) cut--;
		parts.push(rest.slice(0, cut));
		rest = ` ${rest.slice(cut)}`;
	}
	parts.push(rest);
	return parts.join('\r\n');
}
