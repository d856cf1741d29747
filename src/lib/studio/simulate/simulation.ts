/**
 * The studio simulator's pure logic: what a simulated patient's enrolment looks like on a given
 * day, given the steps the author has taken (the same step shapes as scenario files), and turning
 * those steps into a scenario file and back. Every run goes through the engine's own scenario
 * runner (`runScenario`), so the simulator, `limber pathway simulate` and `npm test` can never
 * disagree about what a pathway does.
 */
import type { CompiledPathway, EngineSnapshot } from '$lib/pathway/compile';
import { currentState } from '$lib/pathway/enrolment';
import type { Escalation } from '$lib/pathway/engine-types';
import { checkScenarioReferences } from '$lib/pathway/load/check-scenario-references';
import type { Diagnostic } from '$lib/pathway/load/diagnostic';
import { loadScenario } from '$lib/pathway/load/load-scenario';
import { buildDailyPlan, type DailyPlan } from '$lib/pathway/plan';
import type { Condition } from '$lib/pathway/schema/condition-schema';
import type { Pathway, Stage } from '$lib/pathway/schema/pathway-schema';
import type {
	Scenario,
	ScenarioExpectation,
	ScenarioStep
} from '$lib/pathway/schema/scenario-schema';
import { DEFAULT_WINDOW_DAYS } from '$lib/pathway/schedule';
import { runScenario, type ScenarioResult } from '$lib/pathway/simulate';
import { rankSeverity, type Severity, type SignpostCategory } from '$lib/shared/vocabulary';

/** The simulated patient at the end of one day. */
export interface SimulatedDay {
	readonly day: number;
	readonly snapshot: EngineSnapshot;
	/** What the patient's Today screen shows (the real app builds it the same way). */
	readonly plan: DailyPlan;
	/** A stage id, or the engine's `entry` / `stopped` state. */
	readonly state: string;
	/** Escalations fired on this day, most severe first. */
	readonly firedToday: readonly Escalation[];
	/** Every escalation fired so far, in the order they fired. */
	readonly escalations: readonly Escalation[];
	/** Steps the engine could not take (an answer not asked that day, an event the state ignored). */
	readonly problems: readonly string[];
}

/** Replays the steps up to and including `day` and reports the patient at the end of that day. */
export function simulateDay(
	compiled: CompiledPathway,
	steps: readonly ScenarioStep[],
	day: number
): SimulatedDay {
	const result = runScenario(compiled, {
		name: 'studio simulation',
		locality: 'national',
		steps: steps.filter((step) => step.day <= day),
		// An expectation with nothing to check only makes the run go on to `day`.
		expect: [{ day }]
	});
	const snapshot = result.snapshot;
	const escalations = snapshot.context.escalations;
	return {
		day,
		snapshot,
		plan: buildDailyPlan(compiled, snapshot),
		state: currentState(snapshot),
		firedToday: sortBySeverity(escalations.filter((escalation) => escalation.day === day)),
		escalations,
		problems: result.failures
	};
}

/**
 * Adds a step after every step on the same or an earlier day, so steps stay in day order (the
 * order scenario files require) and two steps on one day keep the order they were taken in.
 */
export function insertStep(
	steps: readonly ScenarioStep[],
	step: ScenarioStep
): readonly ScenarioStep[] {
	const at = steps.findIndex((existing) => existing.day > step.day);
	return at === -1 ? [...steps, step] : [...steps.slice(0, at), step, ...steps.slice(at)];
}

/** What kind of step this is, for lists ("check-in on day 3"). */
export function describeStep(step: ScenarioStep): string {
	if ('cleared' in step) return 'assessed by a clinician, may carry on';
	if ('entry' in step) return 'entry safety screen';
	if ('checkin' in step) return 'daily check-in';
	if ('report' in step) return '"new or worrying symptom" check';
	return `outcome questionnaire${step.questionnaire === undefined ? '' : ` ${step.questionnaire}`}`;
}

/**
 * The last day worth simulating: the end of the longest path through the plan's stages (time
 * limits and day conditions along the way) or the end of the last outcome questionnaire's
 * window, whichever is later.
 */
export function findEndDay(pathway: Pathway): number {
	const stages = new Map(pathway.stages.map((stage) => [stage.id, stage]));
	let end = 0;
	const visit = (stage: Stage, entered: number, seen: ReadonlySet<string>) => {
		end = Math.max(end, entered);
		for (const transition of stage.transitions) {
			const target = stages.get(transition.to);
			// Escalation stages are detours, not the length of the plan.
			if (target === undefined || target.kind === 'escalation' || seen.has(target.id)) continue;
			let left = entered;
			if (transition.on === 'stage.elapsed' && stage.maxDays !== undefined) {
				left = entered + stage.maxDays;
			}
			const threshold = transition.when === undefined ? undefined : dayThreshold(transition.when);
			if (threshold !== undefined) {
				left = Math.max(
					left,
					threshold.since === 'stage' ? entered + threshold.day : threshold.day
				);
			}
			visit(target, left, new Set([...seen, target.id]));
		}
	};
	const start = stages.get(pathway.start);
	if (start !== undefined) visit(start, 0, new Set([start.id]));
	for (const entry of pathway.schedule) {
		const last = Math.max(...entry.days);
		end = Math.max(end, last + (entry.windowDays ?? DEFAULT_WINDOW_DAYS) - 1);
	}
	return Math.max(end, 1);
}

/** The first day a condition's day tests can all hold, if it has any. */
function dayThreshold(
	condition: Condition
): { day: number; since: 'enrolment' | 'stage' } | undefined {
	if ('day' in condition) {
		const { op, value, since } = condition.day;
		const day = op === '>' ? value + 1 : op === '>=' || op === '=' ? value : undefined;
		return day === undefined
			? undefined
			: { day, since: since === 'stage' ? 'stage' : 'enrolment' };
	}
	if ('all' in condition || 'any' in condition) {
		const parts = 'all' in condition ? condition.all : condition.any;
		const found = parts.flatMap((part) => dayThreshold(part) ?? []);
		return found.sort((a, b) => b.day - a.day)[0];
	}
	return undefined;
}

/**
 * Turns what the author did into a scenario file whose expectations are what the engine did on
 * each day a step was taken (most severe escalation, signposts, stage), so the saved file is a
 * regression test: `limber pathway simulate` passes it until the pathway's behaviour changes.
 */
export function buildScenario(input: {
	readonly compiled: CompiledPathway;
	readonly name: string;
	readonly locality: string;
	readonly steps: readonly ScenarioStep[];
}): Scenario {
	const { compiled } = input;
	const result = runScenario(compiled, {
		name: input.name,
		pathway: compiled.pathway.id,
		locality: input.locality,
		steps: [...input.steps],
		expect: []
	});
	return {
		$schema: '../schema/scenario.schema.json',
		name: input.name,
		pathway: compiled.pathway.id,
		locality: input.locality,
		steps: [...input.steps],
		expect: expectationsOf(result)
	};
}

function expectationsOf(result: ScenarioResult): ScenarioExpectation[] {
	const byDay = new Map<
		number,
		{ severity: Severity | 'none'; signposts: Set<SignpostCategory>; stage: string }
	>();
	for (const step of result.steps) {
		const day = byDay.get(step.day) ?? {
			severity: 'none',
			signposts: new Set(),
			stage: step.stage
		};
		for (const escalation of step.escalations) {
			if (rankSeverity(escalation.severity) > rankSeverity(day.severity)) {
				day.severity = escalation.severity;
			}
			for (const signpost of escalation.signposts) day.signposts.add(signpost);
		}
		day.stage = step.stage;
		byDay.set(step.day, day);
	}
	return [...byDay].map(([day, outcome]) => ({
		day,
		escalation: outcome.severity,
		signposts: [...outcome.signposts].sort(),
		stage: outcome.stage
	}));
}

/** A scenario as file text: tab-indented JSON, like the shipped scenario files. */
export function formatScenario(scenario: Scenario): string {
	return `${JSON.stringify(scenario, null, '\t')}\n`;
}

/** The file name a saved scenario gets: `<pathway>.<name in kebab case>.scenario.json`. */
export function scenarioFileName(scenario: Pick<Scenario, 'name' | 'pathway'>): string {
	const slug =
		scenario.name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/, '') || 'scenario';
	return `${scenario.pathway ?? 'pathway'}.${slug}.scenario.json`;
}

/** A scenario file read for the simulator: checked, or located problems. */
export type ReadScenarioResult =
	| { ok: true; scenario: Scenario; result: ScenarioResult }
	| { ok: false; diagnostics: readonly Diagnostic[] };

/**
 * Reads a scenario file as the CLI does: strict JSON, the scenario schema, then its references
 * into this pathway and the known localities. A file with errors is not replayed; a valid one is
 * run once so its expectations can be shown as passed or failed.
 */
export function readScenario(input: {
	readonly file: string;
	readonly text: string;
	readonly compiled: CompiledPathway;
	readonly localityIds: readonly string[];
}): ReadScenarioResult {
	const loaded = loadScenario({ file: input.file, text: input.text });
	if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
	const errors = checkScenarioReferences({
		scenario: loaded.value,
		file: input.file,
		locate: loaded.locate,
		pathway: input.compiled.pathway,
		localityIds: input.localityIds
	}).filter((diagnostic) => diagnostic.severity === 'error');
	if (errors.length > 0) return { ok: false, diagnostics: errors };
	return {
		ok: true,
		scenario: loaded.value,
		result: runScenario(input.compiled, loaded.value)
	};
}

/** The last day a scenario talks about (its steps and its expectations). */
export function lastScenarioDay(scenario: Scenario): number {
	return Math.max(
		0,
		...scenario.steps.map((step) => step.day),
		...scenario.expect.map((e) => e.day)
	);
}

function sortBySeverity(escalations: readonly Escalation[]): Escalation[] {
	return [...escalations].sort((a, b) => rankSeverity(b.severity) - rankSeverity(a.severity));
}
