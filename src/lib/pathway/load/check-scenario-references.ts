/**
 * Checks a scenario against its pathway: it names the right pathway and an existing locality,
 * its answers name questions of the questionnaire that step submits (with fitting values), its
 * days go forward, and its expected stages exist.
 */
import { isAnswerable, isItemNamed, listItems } from '../items.js';
import { RESERVED_STAGE_IDS, type Pathway } from '../schema/pathway-schema.js';
import type { Questionnaire } from '../schema/questionnaire-schema.js';
import type { AnswerValue } from '../schema/condition-schema.js';
import type { Scenario, ScenarioStep } from '../schema/scenario-schema.js';
import { checkValueFit } from './answer-fit.js';
import type { Diagnostic, Locate } from './diagnostic.js';
import { createReporter } from './reporter.js';
import { unknownStageMessage } from './references/stage-references.js';
import { didYouMean, listValues, quote } from './suggest.js';

/** What `checkScenarioReferences` needs. */
export interface ScenarioReferenceInput {
	readonly scenario: Scenario;
	readonly file: string;
	readonly locate: Locate;
	readonly pathway: Pathway;
	/** Ids of the known localities; when given, the scenario's locality must be one of them. */
	readonly localityIds?: readonly string[];
}

const STEP_KINDS = ['entry', 'checkin', 'report', 'outcome'] as const;
type StepKind = (typeof STEP_KINDS)[number];

/** Checks a scenario's references into its pathway. */
export function checkScenarioReferences(input: ScenarioReferenceInput): Diagnostic[] {
	const { scenario, pathway } = input;
	const reporter = createReporter({ file: input.file, locate: input.locate }, 'reference');
	if (scenario.pathway !== undefined && scenario.pathway !== pathway.id) {
		reporter.report(
			['pathway'],
			`This scenario is for pathway ${quote(scenario.pathway)}, but it is being run against ${quote(pathway.id)}. Fix "pathway" or the file name.`
		);
	}
	if (input.localityIds !== undefined && !input.localityIds.includes(scenario.locality)) {
		reporter.report(
			['locality'],
			`Unknown locality ${quote(scenario.locality)}.${didYouMean(scenario.locality, input.localityIds)} Localities are: ${listValues(input.localityIds)}.`
		);
	}
	let previousDay = 0;
	scenario.steps.forEach((step, s) => {
		if (step.day < previousDay) {
			reporter.report(
				['steps', s, 'day'],
				`Steps must be in day order: day ${step.day} comes after day ${previousDay}. Move this step up.`
			);
		}
		previousDay = Math.max(previousDay, step.day);
		const kind = STEP_KINDS.find((candidate) => candidate in step);
		if (kind === undefined) return;
		const answers = answersOf(step, kind);
		let questionnaires = questionnairesFor(pathway, kind);
		if ('questionnaire' in step && step.questionnaire !== undefined) {
			const named = pathway.questionnaires.find(
				(questionnaire) => questionnaire.id === step.questionnaire
			);
			if (named === undefined || named.purpose !== 'outcome') {
				const outcomes = questionnairesFor(pathway, 'outcome').map(
					(questionnaire) => questionnaire.id
				);
				reporter.report(
					['steps', s, 'questionnaire'],
					`${quote(step.questionnaire)} is not an outcome questionnaire of this pathway.${didYouMean(step.questionnaire, outcomes)} Outcome questionnaires are: ${listValues(outcomes)}.`
				);
				return;
			}
			questionnaires = [named];
		}
		const items = questionnaires.flatMap((questionnaire) =>
			listItems(questionnaire.items).filter(isAnswerable)
		);
		const names = items.flatMap((item) =>
			item.code === undefined ? [item.linkId] : [item.code, item.linkId]
		);
		for (const [ref, value] of Object.entries(answers)) {
			const matching = items.filter((item) => isItemNamed(item, ref));
			if (matching.length === 0) {
				reporter.report(
					['steps', s, kind, ref],
					`No question of the ${kind} questionnaire${questionnaires.length === 1 ? ` ${quote(questionnaires[0]!.id)}` : 's'} has code or linkId ${quote(ref)}.${didYouMean(ref, names)} Answer by item code (preferred) or linkId.`,
					{ at: 'key' }
				);
				continue;
			}
			const problem = checkValueFit(matching[0]!, value);
			if (problem !== undefined)
				reporter.report(['steps', s, kind, ref], problem.message, { severity: problem.severity });
		}
	});
	const stageIds = pathway.stages.map((stage) => stage.id);
	scenario.expect.forEach((expectation, e) => {
		if (expectation.stage === undefined) return;
		if (stageIds.includes(expectation.stage)) return;
		if ((RESERVED_STAGE_IDS as readonly string[]).includes(expectation.stage)) return;
		reporter.report(['expect', e, 'stage'], unknownStageMessage(expectation.stage, pathway.stages));
	});
	return reporter.diagnostics;
}

function answersOf(step: ScenarioStep, kind: StepKind): Record<string, AnswerValue> {
	if (kind === 'entry' && 'entry' in step) return step.entry;
	if (kind === 'checkin' && 'checkin' in step) return step.checkin;
	if (kind === 'report' && 'report' in step) return step.report;
	if (kind === 'outcome' && 'outcome' in step) return step.outcome;
	return {};
}

function questionnairesFor(pathway: Pathway, kind: StepKind): Questionnaire[] {
	return pathway.questionnaires.filter((questionnaire) => questionnaire.purpose === kind);
}
