/**
 * Builds the anonymised outcome record from an enrolment's engine state (decision 6). Pure, so
 * the phone, the tests and the seed generator make records the same way. It copies numbers and
 * codes only: scores at milestones, escalation codes with their week, signpost categories,
 * stage, status and activity. It never copies answers in words, dates or identifiers.
 */
import type { MilestoneScores, OutcomeRecord } from '../shared/outcome-record.js';
import { historyOf } from './conditions.js';
import type { EngineContext, SubmissionRecord } from './engine-types.js';
import type { PathwayIndex } from './pathway-index.js';
import { ENTRY_STATE, STOPPED_STATE } from './reserved-states.js';

/** What the phone knows about the enrolment that the engine does not. */
export interface RecordFacts {
	readonly recordId: string;
	readonly withdrawToken: string;
	readonly revision: number;
	readonly monthEnrolled: string;
	readonly locality: string;
	readonly referral: OutcomeRecord['referral'];
	readonly onWaitingList: boolean;
	readonly leftWaitingList: boolean;
	readonly ageBand: OutcomeRecord['ageBand'];
	readonly sex?: OutcomeRecord['sex'];
	readonly ethnicity?: OutcomeRecord['ethnicity'];
}

const WORK = ['working', 'working-changed', 'off-work', 'not-working'] as const;

/** The record for the enrolment as it stands. */
export function buildOutcomeRecord(input: {
	index: PathwayIndex;
	context: EngineContext;
	state: string;
	facts: RecordFacts;
}): OutcomeRecord {
	const { index, context, state, facts } = input;
	const work = context.submissions.flatMap((s) => workStatusIn(index, s));
	const workBaseline = work[0];
	const workLatest = work.at(-1);
	return {
		recordId: facts.recordId,
		revision: facts.revision,
		withdrawToken: facts.withdrawToken,
		pathwayId: index.pathway.id,
		pathwayVersion: index.pathway.version,
		locality: facts.locality,
		monthEnrolled: facts.monthEnrolled,
		referral: facts.referral,
		onWaitingList: facts.onWaitingList,
		leftWaitingList: facts.leftWaitingList,
		ageBand: facts.ageBand,
		...(facts.sex === undefined ? {} : { sex: facts.sex }),
		...(facts.ethnicity === undefined ? {} : { ethnicity: facts.ethnicity }),
		scores: milestoneScores(index, context),
		escalations: context.escalations
			.flatMap((e) =>
				e.code === null ? [] : [{ code: e.code, severity: e.severity, week: weekOf(e.day) }]
			)
			.slice(0, 200),
		signposts: [...new Set(context.escalations.flatMap((e) => e.signposts))],
		stageReached: state,
		status: statusOf(index, state),
		daysActiveFirst30: new Set(
			[...context.submissions.map((s) => s.day), ...context.completions.map((c) => c.day)].filter(
				(d) => d < 30
			)
		).size,
		...(workBaseline === undefined ? {} : { workStatusBaseline: workBaseline }),
		...(workLatest === undefined ? {} : { workStatusLatest: workLatest })
	};
}

/**
 * What makes a new revision worth sending: a new milestone, a new escalation, or a change of
 * status (finished, stopped, escalated). Equal signatures mean "nothing new to share".
 */
export function recordSignature(record: OutcomeRecord): string {
	return JSON.stringify([
		record.scores.map((s) => s.milestone),
		record.escalations.length,
		record.status
	]);
}

function weekOf(day: number): number {
	return Math.min(104, Math.floor(day / 7));
}

function statusOf(index: PathwayIndex, state: string): OutcomeRecord['status'] {
	if (state === STOPPED_STATE) return 'stopped';
	if (state === ENTRY_STATE) return 'active';
	switch (index.stages.get(state)?.kind) {
		case 'final':
			return 'finished';
		case 'escalation':
			return 'escalated';
		case 'stage':
		case undefined:
			return 'active';
	}
}

function milestoneScores(index: PathwayIndex, context: EngineContext): MilestoneScores[] {
	const byMilestone = new Map<number, MilestoneScores>();
	for (const submission of context.submissions) {
		if (submission.purpose !== 'outcome' || submission.milestone === undefined) continue;
		const one = (ref: string) => historyOf({ index, history: [submission] }, ref)[0];
		// Pain is asked in the daily check-in: take the latest pain up to the milestone.
		const pains = historyOf(
			{ index, history: context.submissions.slice(0, submission.index + 1) },
			'pain.nrs'
		);
		const pain = pains.at(-1);
		const psfs = one('function.psfs');
		const phq2 = one('mood.phq2');
		const gad2 = one('anxiety.gad2');
		const change = one('global.change');
		byMilestone.set(submission.milestone, {
			milestone: submission.milestone === 0 ? 'baseline' : `day-${submission.milestone}`,
			week: weekOf(submission.day),
			...(pain === undefined ? {} : { painNrs: Math.round(pain) }),
			...(psfs === undefined ? {} : { psfs: Math.round(psfs * 10) / 10 }),
			...(phq2 === undefined ? {} : { phq2: Math.round(phq2) }),
			...(gad2 === undefined ? {} : { gad2: Math.round(gad2) }),
			...(change === undefined
				? {}
				: { globalChange: Math.max(-3, Math.min(3, Math.round(change))) })
		});
	}
	return [...byMilestone.entries()]
		.sort(([a], [b]) => a - b)
		.map(([, scores]) => scores)
		.slice(0, 20);
}

function workStatusIn(index: PathwayIndex, submission: SubmissionRecord): (typeof WORK)[number][] {
	for (const linkId of index.resolve(submission.questionnaire, 'work.status').linkIds) {
		const answer = submission.answers[linkId];
		if (typeof answer === 'string' && (WORK as readonly string[]).includes(answer)) {
			return [answer as (typeof WORK)[number]];
		}
	}
	return [];
}
