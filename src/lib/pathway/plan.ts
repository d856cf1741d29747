/**
 * What the patient sees today: the stage's advice and exercises (adapted to how they said they
 * feel in their latest check-in), today's check-in with only the items due today, the outcome
 * questionnaires due, and the escalations they have not yet acknowledged.
 */
import { rankSeverity } from '../shared/vocabulary.js';
import { latestCheckin, scopeOf, type CompiledPathway, type EngineSnapshot } from './compile.js';
import { evaluateCondition } from './conditions.js';
import { currentState } from './enrolment.js';
import type { Escalation, SubmissionRecord } from './engine-types.js';
import type { PathwayIndex } from './pathway-index.js';
import { listDueQuestionnaires, type DueQuestionnaire } from './schedule.js';
import type { Advice, Exercise, Stage } from './schema/pathway-schema.js';
import type { Item, Questionnaire } from './schema/questionnaire-schema.js';

export interface DailyPlan {
	readonly day: number;
	/** A stage id, or the engine's `entry` / `stopped` state. */
	readonly state: string;
	readonly stage: Stage | undefined;
	readonly advice: readonly Advice[];
	readonly exercises: readonly Exercise[];
	/** Today's check-in with only the items due today, if the stage has one. */
	readonly checkin: { questionnaire: Questionnaire; doneToday: boolean } | undefined;
	readonly outcomesDue: readonly DueQuestionnaire[];
	/** Escalations not yet acknowledged, most severe first. */
	readonly unacknowledged: readonly Escalation[];
	/** Exercises marked done today. */
	readonly completedToday: readonly string[];
}

/** Builds today's plan from the snapshot. */
export function buildDailyPlan(compiled: CompiledPathway, snapshot: EngineSnapshot): DailyPlan {
	const { index } = compiled;
	const context = snapshot.context;
	const state = currentState(snapshot);
	const stage = index.stages.get(state);
	const plan = stage?.plan;

	const adviceIds = [...(plan?.advice ?? [])];
	const exerciseIds = [...(plan?.exercises ?? [])];
	const hidden = new Set<string>();
	const scope = scopeOf(index, context, latestCheckin(context));
	for (const adaptation of plan?.adapt ?? []) {
		if (!evaluateCondition(adaptation.when, scope)) continue;
		for (const id of adaptation.advice ?? []) if (!adviceIds.includes(id)) adviceIds.push(id);
		for (const id of adaptation.exercises ?? [])
			if (!exerciseIds.includes(id)) exerciseIds.push(id);
		for (const id of adaptation.hide ?? []) hidden.add(id);
	}
	const advice = new Map(compiled.pathway.content.advice.map((a) => [a.id, a]));
	const exercises = new Map(compiled.pathway.content.exercises.map((e) => [e.id, e]));

	const checkinQuestionnaire =
		plan?.checkin === undefined ? undefined : index.questionnaires.get(plan.checkin);
	return {
		day: context.day,
		state,
		stage,
		advice: adviceIds.filter((id) => !hidden.has(id)).flatMap((id) => advice.get(id) ?? []),
		exercises: exerciseIds.filter((id) => !hidden.has(id)).flatMap((id) => exercises.get(id) ?? []),
		checkin:
			checkinQuestionnaire === undefined
				? undefined
				: {
						questionnaire: itemsDueToday(
							index,
							checkinQuestionnaire,
							context.submissions,
							context.day
						),
						doneToday: context.submissions.some(
							(s) => s.purpose === 'checkin' && s.day === context.day
						)
					},
		outcomesDue:
			state === 'entry'
				? []
				: listDueQuestionnaires(compiled.pathway.schedule, context.submissions, context.day),
		completedToday: [
			...new Set(context.completions.filter((c) => c.day === context.day).map((c) => c.exercise))
		],
		unacknowledged: context.escalations
			.filter((e) => !e.acknowledged)
			.sort((a, b) => rankSeverity(b.severity) - rankSeverity(a.severity))
	};
}

/**
 * The questionnaire with only the items asked today: an item with `everyDays: N` is left out
 * when it (by code, else by linkId) was answered in the last N days in any questionnaire.
 */
export function itemsDueToday(
	index: PathwayIndex,
	questionnaire: Questionnaire,
	submissions: readonly SubmissionRecord[],
	day: number
): Questionnaire {
	const lastAnswered = (item: Item): number | undefined => {
		for (let i = submissions.length - 1; i >= 0; i--) {
			const submission = submissions[i];
			if (submission === undefined) continue;
			// Same questionnaire: the linkId. Elsewhere, the code (PHQ-2 answered in the baseline
			// questionnaire counts for the weekly PHQ-2 in the check-in).
			const answered =
				submission.questionnaire === questionnaire.id
					? item.linkId in submission.answers
					: item.code !== undefined &&
						index
							.resolve(submission.questionnaire, item.code)
							.linkIds.some((id) => id in submission.answers);
			if (answered) return submission.day;
		}
		return undefined;
	};
	const keep = (items: readonly Item[]): Item[] =>
		items.flatMap((item): Item[] => {
			if (item.type === 'group') {
				const children = keep(item.items);
				return children.length === 0 ? [] : [{ ...item, items: children }];
			}
			if (item.everyDays === undefined) return [item];
			const last = lastAnswered(item);
			return last === undefined || day - last >= item.everyDays ? [item] : [];
		});
	return { ...questionnaire, items: keep(questionnaire.items) };
}
