/**
 * References between stages, rules, plans and content: every stage id a transition, rule or
 * `start` names exists (and is the right kind), every plan names existing questionnaires and
 * content, and the schedule names outcome questionnaires on ascending days.
 */
import { RESERVED_STAGE_IDS, type Stage } from '../../schema/pathway-schema.js';
import type { PathSegment } from '../diagnostic.js';
import { didYouMean, listValues, quote } from '../suggest.js';
import type { ReferenceContext } from './reference-context.js';

/** "Unknown stage" with a suggestion and the list of stage ids. */
export function unknownStageMessage(id: string, stages: readonly Stage[]): string {
	const ids = stages.map((stage) => stage.id);
	if ((RESERVED_STAGE_IDS as readonly string[]).includes(id)) {
		return `${quote(id)} is a state the engine adds, not a stage you can name here.${didYouMean(id, ids)} Stage ids are: ${listValues(ids, 40)}.`;
	}
	return `Unknown stage ${quote(id)}.${didYouMean(id, ids)} Stage ids are: ${listValues(ids, 40)}.`;
}

/** Checks `start`, transitions, rule scopes and `escalateTo`, plans and the schedule. */
export function checkStageReferences(context: ReferenceContext): void {
	const { pathway, reporter } = context;
	const stagesById = new Map(pathway.stages.map((stage) => [stage.id, stage]));

	const start = stagesById.get(pathway.start);
	if (start === undefined) {
		reporter.report(
			['start'],
			`${unknownStageMessage(pathway.start, pathway.stages)} "start" names the stage a patient enters after the entry screen.`
		);
	} else if (start.kind !== 'stage') {
		reporter.report(
			['start'],
			`"start" names ${quote(start.id)}, which is a ${start.kind} stage. A patient who passes the entry screen starts in a recovery stage (kind "stage").`
		);
	}

	pathway.stages.forEach((stage, s) => {
		if (stage.kind === 'final' && stage.transitions.length > 0) {
			reporter.report(
				['stages', s, 'transitions'],
				`Stage ${quote(stage.id)} is final, so it ends the pathway and cannot have transitions. Remove them, or make it kind "stage".`
			);
		}
		stage.transitions.forEach((transition, t) => {
			const path = ['stages', s, 'transitions', t];
			if (!stagesById.has(transition.to)) {
				reporter.report([...path, 'to'], unknownStageMessage(transition.to, pathway.stages));
			}
			if (transition.on === 'entry.submitted') {
				reporter.report(
					[...path, 'on'],
					'"entry.submitted" never reaches a stage: the entry screen is answered before the patient enters any stage. Use "checkin.submitted", "report.submitted" or "day".',
					{ severity: 'warning' }
				);
			}
			if (transition.on === 'stage.elapsed' && stage.maxDays === undefined) {
				reporter.report(
					[...path, 'on'],
					`"stage.elapsed" only fires when the stage has "maxDays", and stage ${quote(stage.id)} has none, so this transition is never taken. Add "maxDays" to the stage.`,
					{ severity: 'warning' }
				);
			}
		});
		if (stage.plan !== undefined) checkPlan(context, stage, ['stages', s, 'plan']);
	});

	pathway.safetyNet.forEach((rule, r) => {
		if (rule.scope !== 'all') {
			rule.scope.forEach((id, i) => {
				if (stagesById.has(id)) return;
				const message =
					id === 'entry'
						? 'The entry screen is not a stage. Use "scope": "all" for a rule that must also apply to the entry screen.'
						: unknownStageMessage(id, pathway.stages);
				reporter.report(['safetyNet', r, 'scope', i], message);
			});
		}
		if (rule.escalateTo !== undefined) {
			const target = stagesById.get(rule.escalateTo);
			if (target === undefined) {
				reporter.report(
					['safetyNet', r, 'escalateTo'],
					unknownStageMessage(rule.escalateTo, pathway.stages)
				);
			} else if (target.kind !== 'escalation') {
				const escalations = pathway.stages
					.filter((stage) => stage.kind === 'escalation')
					.map((stage) => stage.id);
				reporter.report(
					['safetyNet', r, 'escalateTo'],
					`"escalateTo" must name an escalation stage (kind "escalation"), but ${quote(target.id)} is kind ${quote(target.kind)}. Escalation stages: ${listValues(escalations)}.`
				);
			}
		}
	});

	pathway.schedule.forEach((entry, e) => {
		const questionnaire = pathway.questionnaires.find(
			(candidate) => candidate.id === entry.questionnaire
		);
		if (questionnaire === undefined) {
			const outcomes = pathway.questionnaires
				.filter((q) => q.purpose === 'outcome')
				.map((q) => q.id);
			reporter.report(
				['schedule', e, 'questionnaire'],
				`Unknown questionnaire ${quote(entry.questionnaire)}.${didYouMean(entry.questionnaire, outcomes)} Outcome questionnaires are: ${listValues(outcomes)}.`
			);
		} else if (questionnaire.purpose !== 'outcome') {
			reporter.report(
				['schedule', e, 'questionnaire'],
				`The schedule is for outcome measures, but ${quote(questionnaire.id)} has purpose ${quote(questionnaire.purpose)}. Schedule a questionnaire with "purpose": "outcome".`
			);
		}
		entry.days.forEach((day, d) => {
			const previous = entry.days[d - 1];
			if (previous !== undefined && day <= previous) {
				reporter.report(
					['schedule', e, 'days', d],
					`Schedule days must go up strictly: day ${day} comes after day ${previous}. Sort the days and remove repeats.`
				);
			}
		});
	});
}

function checkPlan(context: ReferenceContext, stage: Stage, path: PathSegment[]): void {
	const { pathway, reporter } = context;
	const plan = stage.plan;
	if (plan === undefined) return;
	if (plan.checkin !== undefined) {
		const questionnaire = pathway.questionnaires.find((candidate) => candidate.id === plan.checkin);
		const checkins = pathway.questionnaires.filter((q) => q.purpose === 'checkin').map((q) => q.id);
		if (questionnaire === undefined) {
			reporter.report(
				[...path, 'checkin'],
				`Unknown questionnaire ${quote(plan.checkin)}.${didYouMean(plan.checkin, checkins)} Check-in questionnaires are: ${listValues(checkins)}.`
			);
		} else if (questionnaire.purpose !== 'checkin') {
			reporter.report(
				[...path, 'checkin'],
				`"checkin" must name a questionnaire with "purpose": "checkin", but ${quote(questionnaire.id)} has purpose ${quote(questionnaire.purpose)}.`
			);
		}
	}
	const advice = pathway.content.advice.map((entry) => entry.id);
	const exercises = pathway.content.exercises.map((entry) => entry.id);
	const checkIds = (
		ids: readonly string[] | undefined,
		listPath: PathSegment[],
		kind: 'advice' | 'exercises' | 'any'
	): void => {
		ids?.forEach((id, index) => {
			const wanted =
				kind === 'advice' ? advice : kind === 'exercises' ? exercises : [...advice, ...exercises];
			if (wanted.includes(id)) return;
			let message: string;
			if (kind === 'advice' && exercises.includes(id)) {
				message = `${quote(id)} is an exercise, not advice: list it under "exercises".`;
			} else if (kind === 'exercises' && advice.includes(id)) {
				message = `${quote(id)} is an advice card, not an exercise: list it under "advice".`;
			} else {
				const noun =
					kind === 'advice'
						? 'advice card'
						: kind === 'exercises'
							? 'exercise'
							: 'advice card or exercise';
				message = `Unknown ${noun} ${quote(id)}.${didYouMean(id, wanted)} Add it to "content" or use one of: ${listValues(wanted, 20)}.`;
			}
			reporter.report([...listPath, index], message);
		});
	};
	checkIds(plan.advice, [...path, 'advice'], 'advice');
	checkIds(plan.exercises, [...path, 'exercises'], 'exercises');
	plan.adapt?.forEach((adaptation, a) => {
		const adaptPath = [...path, 'adapt', a];
		checkIds(adaptation.advice, [...adaptPath, 'advice'], 'advice');
		checkIds(adaptation.exercises, [...adaptPath, 'exercises'], 'exercises');
		checkIds(adaptation.hide, [...adaptPath, 'hide'], 'any');
	});
}
