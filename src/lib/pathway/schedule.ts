/**
 * When outcome questionnaires are due. A questionnaire scheduled for day D is due from day D
 * for `windowDays` days (default 3) until it is submitted for that milestone; after the window
 * it is missed, and the next milestone takes over.
 */
import type { SubmissionRecord } from './engine-types.js';
import type { Pathway, ScheduleEntry } from './schema/pathway-schema.js';

export const DEFAULT_WINDOW_DAYS = 3;

/** An outcome questionnaire due today, and the scheduled day it counts for. */
export interface DueQuestionnaire {
	readonly questionnaire: string;
	readonly milestone: number;
	/** Last day it can be completed for this milestone. */
	readonly dueUntil: number;
}

/** Outcome questionnaires due on `day`, in schedule order. */
export function listDueQuestionnaires(
	schedule: Pathway['schedule'],
	submissions: readonly SubmissionRecord[],
	day: number
): DueQuestionnaire[] {
	const due: DueQuestionnaire[] = [];
	for (const entry of schedule) {
		const milestone = openMilestone(entry, day);
		if (milestone === undefined) continue;
		const done = submissions.some(
			(s) => s.questionnaire === entry.questionnaire && s.milestone === milestone
		);
		if (!done) {
			due.push({
				questionnaire: entry.questionnaire,
				milestone,
				dueUntil: milestone + windowOf(entry) - 1
			});
		}
	}
	return due;
}

/** The milestone a questionnaire submitted on `day` counts for, if its window is open. */
export function milestoneFor(
	schedule: Pathway['schedule'],
	questionnaire: string,
	submissions: readonly SubmissionRecord[],
	day: number
): number | undefined {
	return listDueQuestionnaires(schedule, submissions, day).find(
		(due) => due.questionnaire === questionnaire
	)?.milestone;
}

function windowOf(entry: ScheduleEntry): number {
	return entry.windowDays ?? DEFAULT_WINDOW_DAYS;
}

/** The latest scheduled day whose window contains `day`. */
function openMilestone(entry: ScheduleEntry, day: number): number | undefined {
	let open: number | undefined;
	for (const scheduled of entry.days) {
		if (scheduled <= day && day < scheduled + windowOf(entry)) open = scheduled;
	}
	return open;
}
