/**
 * Engine benchmark: compile time per shipped pathway, time per event (median and p95) over
 * realistic 90-day journeys, and a cohort simulation of 1,000 patients x 90 days. Targets
 * (issue A): median <= 50 µs per event, cohort <= 10 s on the 2-core build machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	compileValidPathway,
	type CompiledPathway,
	type EngineSnapshot
} from '../src/lib/pathway/compile.js';
import { sendEvent, startEnrolment } from '../src/lib/pathway/enrolment.js';
import type { Answers, EngineEvent } from '../src/lib/pathway/engine-types.js';
import { listAnswerableItems } from '../src/lib/pathway/items.js';
import { buildDailyPlan } from '../src/lib/pathway/plan.js';
import { PathwaySchema, type Pathway } from '../src/lib/pathway/schema/pathway-schema.js';
import type { Questionnaire } from '../src/lib/pathway/schema/questionnaire-schema.js';
import { isRedFlagCode } from '../src/lib/shared/vocabulary.js';

export interface EngineBenchResult {
	readonly compileMs: Record<string, number>;
	readonly eventMicros: { median: number; p95: number; events: number };
	readonly cohort: { patients: number; days: number; events: number; wallSeconds: number };
	readonly targets: { medianEventMicros: number; cohortSeconds: number };
	readonly passed: boolean;
}

/** A small deterministic PRNG (mulberry32) so every run simulates the same cohort. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function loadPathways(root: string): Pathway[] {
	const dir = join(root, 'pathways/conditions');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.pathway.json'))
		.sort()
		.map((f) => PathwaySchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/** Benign answers with this patient's pain, a rare red flag, and weekly items when asked. */
function answersFor(questionnaire: Questionnaire, pain: number, rand: () => number): Answers {
	const answers: Answers = {};
	for (const item of listAnswerableItems(questionnaire)) {
		if (item.code === 'pain.nrs') answers[item.linkId] = pain;
		else if (item.type === 'boolean' && item.code !== undefined && isRedFlagCode(item.code)) {
			answers[item.linkId] = rand() < 0.002;
		} else if (item.default !== undefined) answers[item.linkId] = item.default;
		else if (item.type === 'integer') answers[item.linkId] = Math.round((item.min + item.max) / 2);
		else if (item.type === 'choice') answers[item.linkId] = item.options[0]?.code ?? '';
	}
	return answers;
}

/** Simulates one patient for `days` days; calls `onEvent` with each event's duration. */
function simulatePatient(
	compiled: CompiledPathway,
	seed: number,
	days: number,
	onEvent?: (micros: number) => void
): number {
	const rand = random(seed);
	let snapshot: EngineSnapshot = startEnrolment(compiled);
	let events = 0;
	const send = (event: EngineEvent) => {
		const start = onEvent === undefined ? 0 : performance.now();
		snapshot = sendEvent(compiled, snapshot, event);
		if (onEvent !== undefined) onEvent((performance.now() - start) * 1000);
		events++;
	};
	const basePain = 4 + Math.floor(rand() * 5);
	send({
		type: 'entry.submitted',
		answers: answersFor(compiled.index.entryQuestionnaire, basePain, rand)
	});
	for (let day = 0; day < days; day++) {
		if (day > 0) send({ type: 'day', day });
		if (rand() < 0.15) continue; // a missed day
		const plan = buildDailyPlan(compiled, snapshot);
		const pain = Math.max(
			0,
			Math.min(10, Math.round(basePain * (1 - day / 120) + (rand() - 0.5) * 3))
		);
		if (plan.checkin !== undefined) {
			send({
				type: 'checkin.submitted',
				questionnaire: plan.checkin.questionnaire.id,
				answers: answersFor(plan.checkin.questionnaire, pain, rand)
			});
		}
		for (const due of plan.outcomesDue) {
			const questionnaire = compiled.index.questionnaires.get(due.questionnaire);
			if (questionnaire !== undefined) {
				send({
					type: 'outcome.submitted',
					questionnaire: questionnaire.id,
					answers: answersFor(questionnaire, pain, rand)
				});
			}
		}
		if (snapshot.context.escalations.some((e) => !e.acknowledged))
			send({ type: 'escalation.acknowledged' });
		if (compiled.index.stages.get(String(snapshot.value))?.kind === 'escalation' && rand() < 0.3) {
			send({ type: 'escalation.cleared' });
		}
	}
	return events;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** Runs the engine benchmark over the shipped pathways under `root`. */
export function runEngineBench(
	root: string,
	options = { patients: 1000, days: 90 }
): EngineBenchResult {
	const pathways = loadPathways(root);
	const compileMs: Record<string, number> = {};
	const compiled = pathways.map((pathway) => {
		// Compile a few times and keep the best: the first includes JIT warm-up.
		let best = Infinity;
		let result: CompiledPathway | undefined;
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			result = compileValidPathway(pathway);
			best = Math.min(best, performance.now() - start);
		}
		compileMs[pathway.id] = Math.round(best * 1000) / 1000;
		return result as CompiledPathway;
	});

	// Per-event timings on 50 journeys per pathway, after a warm-up.
	for (const c of compiled) simulatePatient(c, 1, 30);
	const timings: number[] = [];
	compiled.forEach((c, p) => {
		for (let i = 0; i < 50; i++)
			simulatePatient(c, 1000 * p + i, options.days, (us) => timings.push(us));
	});
	timings.sort((a, b) => a - b);

	const start = performance.now();
	let events = 0;
	for (let i = 0; i < options.patients; i++) {
		const c = compiled[i % compiled.length] as CompiledPathway;
		events += simulatePatient(c, 7919 * i + 17, options.days);
	}
	const wallSeconds = (performance.now() - start) / 1000;

	const median = percentile(timings, 0.5);
	const targets = { medianEventMicros: 50, cohortSeconds: 10 };
	return {
		compileMs,
		eventMicros: {
			median: round(median),
			p95: round(percentile(timings, 0.95)),
			events: timings.length
		},
		cohort: {
			patients: options.patients,
			days: options.days,
			events,
			wallSeconds: round(wallSeconds)
		},
		targets,
		passed: median <= targets.medianEventMicros && wallSeconds <= targets.cohortSeconds
	};
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}
