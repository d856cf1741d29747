/**
 * Running scenarios: a simulated patient's answers, day by day, through the real engine, checked
 * against what the pathway must do. Used by `limber pathway simulate`, by `npm test` for every
 * shipped scenario, and by the studio. Answers are addressed by item code (or linkId); required
 * items left unanswered take the benign `default` the pathway declares.
 */
import {
	rankSeverity,
	type EscalationCode,
	type Severity,
	type SignpostCategory
} from '../shared/vocabulary.js';
import { cleanAnswers } from './answers.js';
import type { CompiledPathway, EngineSnapshot } from './compile.js';
import { currentState, sendEvent, startEnrolment } from './enrolment.js';
import type { Answers, EngineEvent, Escalation } from './engine-types.js';
import { listAnswerableItems } from './items.js';
import { itemsDueToday } from './plan.js';
import { listDueQuestionnaires } from './schedule.js';
import type { AnswerValue } from './schema/condition-schema.js';
import type { Questionnaire } from './schema/questionnaire-schema.js';
import type { Scenario, ScenarioStep } from './schema/scenario-schema.js';

/** An escalation as reported by a scenario run. */
export interface ReportedEscalation {
	readonly rule: string;
	readonly code: EscalationCode | null;
	readonly severity: Severity;
	readonly signposts: readonly SignpostCategory[];
}

export interface StepResult {
	readonly day: number;
	/** The state after the step. */
	readonly stage: string;
	/** Escalations fired by this step, most severe first. */
	readonly escalations: readonly ReportedEscalation[];
}

export interface ScenarioResult {
	readonly scenario: string;
	readonly passed: boolean;
	readonly failures: readonly string[];
	readonly steps: readonly StepResult[];
	/** The final snapshot, for callers that want to look further (studio, tests). */
	readonly snapshot: EngineSnapshot;
}

/** What happened on one day of a run. */
interface DayOutcome {
	escalations: Escalation[];
	stage: string;
}

/** Runs one scenario through a compiled pathway. */
export function runScenario(compiled: CompiledPathway, scenario: Scenario): ScenarioResult {
	const failures: string[] = [];
	const steps: StepResult[] = [];
	const days = new Map<number, DayOutcome>();
	let snapshot = startEnrolment(compiled);

	if (scenario.pathway !== undefined && scenario.pathway !== compiled.pathway.id) {
		failures.push(
			`The scenario is for pathway "${scenario.pathway}", not "${compiled.pathway.id}".`
		);
	}

	const lastDay = Math.max(
		0,
		...scenario.steps.map((s) => s.day),
		...scenario.expect.map((e) => e.day)
	);
	const advanceTo = (day: number) => {
		while (snapshot.context.day < day) {
			snapshot = sendEvent(compiled, snapshot, { type: 'day', day: snapshot.context.day + 1 });
			days.set(snapshot.context.day, { escalations: [], stage: currentState(snapshot) });
		}
	};
	days.set(0, { escalations: [], stage: currentState(snapshot) });

	let previousDay = 0;
	scenario.steps.forEach((step, i) => {
		if (step.day < previousDay) {
			failures.push(
				`Step ${i + 1} is on day ${step.day}, before the previous step's day ${previousDay}. Put steps in day order.`
			);
			return;
		}
		previousDay = step.day;
		advanceTo(step.day);
		const built = buildEvent(compiled, snapshot, step);
		if (!built.ok) {
			failures.push(`Step ${i + 1} (day ${step.day}): ${built.error}`);
			return;
		}
		failures.push(...built.warnings.map((w) => `Step ${i + 1} (day ${step.day}): ${w}`));
		const before = snapshot;
		snapshot = sendEvent(compiled, snapshot, built.event);
		// Only a recorded submission fires rules; an event the state ignored leaves lastFired stale.
		const recorded = snapshot.context.submissions.length > before.context.submissions.length;
		const fired = recorded ? [...snapshot.context.lastFired] : [];
		if (!recorded && built.event.type !== 'escalation.cleared') {
			failures.push(
				`Step ${i + 1} (day ${step.day}): the ${built.event.type} event was not accepted in state "${currentState(before)}".`
			);
		}
		const today = days.get(step.day) ?? { escalations: [], stage: '' };
		today.escalations.push(...fired);
		today.stage = currentState(snapshot);
		days.set(step.day, today);
		steps.push({
			day: step.day,
			stage: currentState(snapshot),
			escalations: fired.map(reportEscalation)
		});
	});
	advanceTo(lastDay);

	for (const expectation of scenario.expect) {
		const outcome = days.get(expectation.day);
		if (outcome === undefined) {
			failures.push(`Day ${expectation.day}: the run never reached this day.`);
			continue;
		}
		if (expectation.escalation !== undefined) {
			const actual = mostSevere(outcome.escalations);
			if (actual !== expectation.escalation) {
				failures.push(
					`Day ${expectation.day}: expected escalation ${expectation.escalation}, got ${actual}${describeFired(outcome.escalations)}.`
				);
			}
		}
		if (expectation.signposts !== undefined) {
			const actual = [...new Set(outcome.escalations.flatMap((e) => e.signposts))].sort();
			const expected = [...new Set(expectation.signposts)].sort();
			if (actual.join(',') !== expected.join(',')) {
				failures.push(
					`Day ${expectation.day}: expected signposts [${expected.join(', ')}], got [${actual.join(', ')}].`
				);
			}
		}
		if (expectation.stage !== undefined && outcome.stage !== expectation.stage) {
			failures.push(
				`Day ${expectation.day}: expected stage ${expectation.stage}, got ${outcome.stage}.`
			);
		}
	}

	return { scenario: scenario.name, passed: failures.length === 0, failures, steps, snapshot };
}

function reportEscalation(e: Escalation): ReportedEscalation {
	return { rule: e.rule, code: e.code, severity: e.severity, signposts: e.signposts };
}

function mostSevere(escalations: readonly Escalation[]): Severity | 'none' {
	let top: Severity | 'none' = 'none';
	for (const e of escalations) if (rankSeverity(e.severity) > rankSeverity(top)) top = e.severity;
	return top;
}

function describeFired(escalations: readonly Escalation[]): string {
	return escalations.length === 0
		? ''
		: ` (fired: ${escalations.map((e) => `${e.rule} ${e.severity}`).join(', ')})`;
}

type BuiltEvent =
	{ ok: true; event: EngineEvent; warnings: string[] } | { ok: false; error: string };

function buildEvent(
	compiled: CompiledPathway,
	snapshot: EngineSnapshot,
	step: ScenarioStep
): BuiltEvent {
	const { index } = compiled;
	const state = currentState(snapshot);
	if ('cleared' in step) return { ok: true, event: { type: 'escalation.cleared' }, warnings: [] };
	if ('entry' in step) {
		return withAnswers(compiled, snapshot, index.entryQuestionnaire, step.entry, (answers) => ({
			type: 'entry.submitted',
			answers
		}));
	}
	if ('report' in step) {
		const questionnaire = index.reportQuestionnaire;
		if (questionnaire === undefined)
			return { ok: false, error: 'the pathway has no report questionnaire.' };
		return withAnswers(compiled, snapshot, questionnaire, step.report, (answers) => ({
			type: 'report.submitted',
			answers
		}));
	}
	if ('checkin' in step) {
		const id = index.stages.get(state)?.plan?.checkin;
		const questionnaire = id === undefined ? undefined : index.questionnaires.get(id);
		if (questionnaire === undefined) {
			return { ok: false, error: `there is no daily check-in in state "${state}".` };
		}
		return withAnswers(compiled, snapshot, questionnaire, step.checkin, (answers) => ({
			type: 'checkin.submitted',
			questionnaire: questionnaire.id,
			answers
		}));
	}
	const due = listDueQuestionnaires(
		compiled.pathway.schedule,
		snapshot.context.submissions,
		snapshot.context.day
	);
	const id = step.questionnaire ?? due[0]?.questionnaire;
	const questionnaire = id === undefined ? undefined : index.questionnaires.get(id);
	if (questionnaire === undefined || questionnaire.purpose !== 'outcome') {
		return {
			ok: false,
			error:
				id === undefined
					? `no outcome questionnaire is due on day ${snapshot.context.day}; name one with "questionnaire".`
					: `"${id}" is not an outcome questionnaire.`
		};
	}
	return withAnswers(compiled, snapshot, questionnaire, step.outcome, (answers) => ({
		type: 'outcome.submitted',
		questionnaire: questionnaire.id,
		answers
	}));
}

/**
 * Turns scenario answers (by code or linkId) into an event's answers (by linkId), filling
 * required items due today with their benign default, and explaining answers the patient could
 * not have given (items not asked today, or hidden by enableWhen).
 */
function withAnswers(
	compiled: CompiledPathway,
	snapshot: EngineSnapshot,
	questionnaire: Questionnaire,
	given: Record<string, AnswerValue>,
	toEvent: (answers: Answers) => EngineEvent
): BuiltEvent {
	const { index } = compiled;
	const due = itemsDueToday(
		index,
		questionnaire,
		snapshot.context.submissions,
		snapshot.context.day
	);
	const dueIds = new Set(listAnswerableItems(due).map((item) => item.linkId));
	const answers: Answers = {};
	const warnings: string[] = [];
	for (const [ref, value] of Object.entries(given)) {
		const linkIds = index.resolve(questionnaire.id, ref).linkIds;
		if (linkIds.length === 0) {
			return { ok: false, error: `"${ref}" names no item in questionnaire "${questionnaire.id}".` };
		}
		const asked = linkIds.filter((id) => dueIds.has(id));
		if (asked.length === 0) {
			return {
				ok: false,
				error: `"${ref}" is not asked on day ${snapshot.context.day} in "${questionnaire.id}" (it is asked every few days; see everyDays).`
			};
		}
		for (const linkId of asked) answers[linkId] = value;
	}
	for (const item of listAnswerableItems(due)) {
		if (
			answers[item.linkId] === undefined &&
			item.required === true &&
			item.default !== undefined
		) {
			answers[item.linkId] = item.default;
		}
	}
	const kept = cleanAnswers(due.items, answers);
	for (const [ref] of Object.entries(given)) {
		const linkIds = index.resolve(questionnaire.id, ref).linkIds.filter((id) => dueIds.has(id));
		if (!linkIds.some((id) => id in kept)) {
			warnings.push(
				`the answer to "${ref}" was not recorded: the question is hidden by its enableWhen (answer the question that shows it) or the value does not fit the item.`
			);
		}
	}
	return { ok: true, event: toEvent(kept), warnings };
}
