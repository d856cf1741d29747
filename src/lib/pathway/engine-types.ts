/**
 * Runtime types of the engine: the events the app sends, the records kept in the machine's
 * context, and the escalations it reports. Everything here is plain JSON so that snapshots and
 * event logs can be stored in IndexedDB, exported, and replayed on another device.
 */
import type { EscalationCode, Severity, SignpostCategory } from '../shared/vocabulary.js';
import type { AnswerValue } from './schema/condition-schema.js';
import type { QuestionnairePurpose } from './schema/questionnaire-schema.js';

/** Answers keyed by item linkId. */
export type Answers = Record<string, AnswerValue>;

/** A submission event: the patient sent a questionnaire. */
export type SubmissionEvent =
	| { type: 'entry.submitted'; answers: Answers }
	| { type: 'checkin.submitted'; questionnaire?: string; answers: Answers }
	| { type: 'report.submitted'; answers: Answers }
	| { type: 'outcome.submitted'; questionnaire: string; answers: Answers };

/** Every event a patient's enrolment machine accepts from the app. */
export type EngineEvent =
	| SubmissionEvent
	/** A new day started; `day` is the day number since enrolment (day 0 = enrolment day). */
	| { type: 'day'; day: number }
	/** The patient says a clinician has assessed them and they may carry on. */
	| { type: 'escalation.cleared' }
	/** The patient has read the escalations fired so far (recorded, never hides them early). */
	| { type: 'escalation.acknowledged' }
	/** The patient stopped using the pathway. */
	| { type: 'enrolment.stopped' }
	/** The patient finished an exercise session today. */
	| { type: 'exercise.completed'; exercise: string };

export type EngineEventType = EngineEvent['type'];

/** Event types that carry a submission. */
export const SUBMISSION_EVENT_TYPES = [
	'entry.submitted',
	'checkin.submitted',
	'report.submitted',
	'outcome.submitted'
] as const satisfies readonly SubmissionEvent['type'][];

/** Maps a submission event to the purpose of the questionnaire it carries. */
export const PURPOSE_OF_EVENT: Record<SubmissionEvent['type'], QuestionnairePurpose> = {
	'entry.submitted': 'entry',
	'checkin.submitted': 'checkin',
	'report.submitted': 'report',
	'outcome.submitted': 'outcome'
};

/** One questionnaire as submitted and kept in the enrolment's history. */
export interface SubmissionRecord {
	/** Position in the history, from 0. */
	readonly index: number;
	readonly day: number;
	readonly purpose: QuestionnairePurpose;
	readonly questionnaire: string;
	/** Answers of enabled items only, keyed by linkId. */
	readonly answers: Answers;
	/** Scores by score id; a score with an unanswered item is absent. */
	readonly scores: Record<string, number>;
	/** For outcome questionnaires: the scheduled day this submission counts for. */
	readonly milestone?: number;
}

/** A safety-net rule that fired. */
export interface Escalation {
	readonly day: number;
	readonly rule: string;
	readonly severity: Severity;
	readonly signposts: readonly SignpostCategory[];
	/** The main code: the first red-flag code answered yes, or the rule's dynamic-rule code. */
	readonly code: EscalationCode | null;
	/** Every red-flag code answered yes that this rule reacts to, plus the rule's own code. */
	readonly codes: readonly EscalationCode[];
	/** String key of the message to show. */
	readonly message: string;
	readonly escalateTo?: string;
	/** Index of the submission that fired it. */
	readonly submission: number;
	readonly acknowledged: boolean;
}

/** The machine's context: everything the engine knows about one enrolment. */
export interface EngineContext {
	readonly pathwayId: string;
	readonly version: string;
	/** Current day number since enrolment. */
	readonly day: number;
	/** Day the current stage was entered. */
	readonly stageEnteredDay: number;
	readonly submissions: readonly SubmissionRecord[];
	readonly escalations: readonly Escalation[];
	/** Escalations fired by the most recent submission, most severe first. */
	readonly lastFired: readonly Escalation[];
	readonly flags: Readonly<Record<string, boolean>>;
	/** Exercise sessions the patient marked done, by day. */
	readonly completions: readonly { readonly day: number; readonly exercise: string }[];
}
