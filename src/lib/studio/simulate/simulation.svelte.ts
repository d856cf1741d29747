/**
 * One simulated patient in the studio: the steps the author took, the day on the slider, the
 * locality, and the patient at the end of that day. The steps are the truth (the same shapes as
 * a scenario file); the patient is always derived by replaying them through the engine, so an
 * edit to the pathway re-runs the same patient through the new version at once.
 */
import type { CompiledPathway } from '$lib/pathway/compile';
import type { Answers } from '$lib/pathway/engine-types';
import type { ScenarioStep } from '$lib/pathway/schema/scenario-schema';
import type { ScenarioResult } from '$lib/pathway/simulate';
import { NATIONAL_LOCALITY_ID } from '$lib/pathway/schema/locality-schema';
import {
	buildScenario,
	findEndDay,
	formatScenario,
	insertStep,
	lastScenarioDay,
	readScenario,
	scenarioFileName,
	simulateDay,
	type ReadScenarioResult,
	type SimulatedDay
} from './simulation';

/** Which questionnaire a submission answers. */
export type SubmissionKind =
	| { kind: 'entry' }
	| { kind: 'checkin' }
	| { kind: 'report' }
	| { kind: 'outcome'; questionnaire: string };

/** A scenario file that was loaded and replayed, with how its expectations came out. */
export interface LoadedScenario {
	readonly name: string;
	readonly file: string;
	readonly result: ScenarioResult;
}

export class Simulation {
	readonly #compiled: () => CompiledPathway;
	/** Everything the simulated patient did, in day order. */
	steps = $state.raw<readonly ScenarioStep[]>([]);
	/** The locality whose services the signposts show. */
	locality = $state(NATIONAL_LOCALITY_ID);
	#day = $state(0);
	/** The scenario file last loaded, until the author changes the steps. */
	loaded = $state.raw<LoadedScenario | undefined>(undefined);

	/** The last day on the slider. */
	readonly endDay = $derived.by(() => findEndDay(this.#compiled().pathway));
	/** The patient at the end of the day on the slider. */
	readonly current: SimulatedDay = $derived.by(() =>
		simulateDay(this.#compiled(), this.steps, this.day)
	);

	/** `compiled` is read on every run, so a new version of the pathway re-runs the same steps. */
	constructor(compiled: () => CompiledPathway) {
		this.#compiled = compiled;
	}

	/** The day on the slider, always within 0..endDay. */
	get day(): number {
		return Math.min(this.#day, this.endDay);
	}

	set day(value: number) {
		this.#day = Math.max(0, Math.min(Math.round(value), this.endDay));
	}

	/** Records a submission on the current day, as the patient app would send it. */
	submit(what: SubmissionKind, answers: Answers): void {
		const day = this.day;
		const step: ScenarioStep =
			what.kind === 'entry'
				? { day, entry: answers }
				: what.kind === 'checkin'
					? { day, checkin: answers }
					: what.kind === 'report'
						? { day, report: answers }
						: { day, outcome: answers, questionnaire: what.questionnaire };
		this.#change(insertStep(this.steps, step));
	}

	/** The patient says a clinician has assessed them and they may carry on. */
	clear(): void {
		this.#change(insertStep(this.steps, { day: this.day, cleared: true }));
	}

	/** Takes one step out (the author changed their mind). */
	removeStep(index: number): void {
		this.#change(this.steps.filter((_, i) => i !== index));
	}

	/** Starts again with a new patient on day 0. */
	reset(): void {
		this.#change([]);
		this.#day = 0;
	}

	/**
	 * Loads a scenario file: checked like the CLI checks it, then replayed, with the slider on its
	 * last day. A file with problems changes nothing and the problems are returned.
	 */
	load(input: { file: string; text: string; localityIds: readonly string[] }): ReadScenarioResult {
		const read = readScenario({ ...input, compiled: this.#compiled() });
		if (!read.ok) return read;
		this.steps = read.scenario.steps;
		this.locality = read.scenario.locality;
		this.loaded = { name: read.scenario.name, file: input.file, result: read.result };
		this.day = lastScenarioDay(read.scenario);
		return read;
	}

	/** What was done, as a scenario file (name and text) ready to download. */
	save(name: string): { fileName: string; text: string } {
		const scenario = buildScenario({
			compiled: this.#compiled(),
			name: name.trim() === '' ? 'Studio simulation' : name.trim(),
			locality: this.locality,
			steps: this.steps
		});
		return { fileName: scenarioFileName(scenario), text: formatScenario(scenario) };
	}

	#change(steps: readonly ScenarioStep[]): void {
		this.steps = steps;
		this.loaded = undefined;
	}
}
