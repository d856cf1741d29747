/**
 * Compiles a validated pathway into an XState v5 machine (architecture.md decision 1). The
 * machine is built from data with `setup({ guards, actions }).createMachine(config)`: guards and
 * actions are referenced by name with data params, so the config is plain JSON that can be
 * inspected, diagrammed and path-tested. Clinicians never write XState config.
 *
 * Shape of the machine:
 * - one state per stage, plus the engine's own `entry` (before the entry screen is passed) and
 *   `stopped` states;
 * - a submission records the answers and runs the safety net (`recordSubmission`), then raises
 *   `engine.route`, whose guarded transitions send the patient to the most severe fired rule's
 *   `escalateTo`, or else take the first of the stage's transitions that matches;
 * - a `day` event for the next day advances the day, routes `day` transitions, then raises
 *   `engine.elapsed`, which routes `stage.elapsed` once the stage's `maxDays` have passed.
 * No delayed (`after`) transitions: time is an input (decision 2).
 */
import { assign, raise, setup, type SnapshotFrom } from 'xstate';
import { rankSeverity, type Severity } from '../shared/vocabulary.js';
import { ACTION_PARAMS, isActionName } from './actions.js';
import { cleanAnswers } from './answers.js';
import { evaluateCondition, type ConditionScope } from './conditions.js';
import type {
	EngineContext,
	EngineEvent,
	Escalation,
	SubmissionEvent,
	SubmissionRecord
} from './engine-types.js';
import { PURPOSE_OF_EVENT } from './engine-types.js';
import { ENTRY_STATE, STOPPED_STATE, indexPathway, type PathwayIndex } from './pathway-index.js';
import { escalationStageSeverities, escalationTarget, evaluateSafetyNet } from './safety-net.js';
import { milestoneFor } from './schedule.js';
import { computeScores } from './scoring.js';
import type { Condition } from './schema/condition-schema.js';
import type { Pathway, Stage, Transition, TransitionEvent } from './schema/pathway-schema.js';

/** Raises an internal event (typed here because the config is built outside `createMachine`). */
function raiseInternal(event: InternalEvent) {
	return raise<EngineContext, MachineEvent, MachineEvent, undefined>(event);
}

/** Events the machine raises to itself while handling one app event. */
export type InternalEvent =
	{ type: 'engine.route'; on: TransitionEvent } | { type: 'engine.elapsed' };

export type MachineEvent = EngineEvent | InternalEvent;

/** The compiled machine type, inferred from the builder. */
export type EngineMachine = ReturnType<typeof buildMachine>;

/** The snapshot type of a compiled pathway machine. */
export type EngineSnapshot = SnapshotFrom<EngineMachine>;

/** A pathway ready to run: the validated data, its lookups and its machine. */
export interface CompiledPathway {
	readonly pathway: Pathway;
	readonly index: PathwayIndex;
	readonly machine: EngineMachine;
}

/** Why a pathway could not be compiled (it passed the schema but is not runnable). */
export interface CompileError {
	readonly path: (string | number)[];
	readonly message: string;
}

export type CompileResult =
	{ ok: true; compiled: CompiledPathway } | { ok: false; errors: CompileError[] };

/** The XState machine id of every compiled pathway. */
export const MACHINE_ID = 'limber';

/**
 * Compiles a validated pathway. Fails (as a value) when the pathway names an unknown action or
 * parameter, or refers to a stage that does not exist: such a pathway must never reach a patient.
 */
export function compilePathway(pathway: Pathway): CompileResult {
	const errors = findCompileErrors(pathway);
	if (errors.length > 0) return { ok: false, errors };
	const index = indexPathway(pathway);
	const machine = buildMachine(index);
	return { ok: true, compiled: { pathway, index, machine } };
}

/** Compiles a pathway that is known to be valid (shipped bundles, tests); throws otherwise. */
export function compileValidPathway(pathway: Pathway): CompiledPathway {
	const result = compilePathway(pathway);
	if (!result.ok) {
		const detail = result.errors.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
		throw new Error(`Pathway ${pathway.id} does not compile: ${detail}`);
	}
	return result.compiled;
}

function findCompileErrors(pathway: Pathway): CompileError[] {
	const errors: CompileError[] = [];
	const stageIds = new Set(pathway.stages.map((stage) => stage.id));
	if (!stageIds.has(pathway.start)) {
		errors.push({ path: ['start'], message: `Start stage "${pathway.start}" does not exist.` });
	}
	if (!pathway.questionnaires.some((q) => q.purpose === 'entry')) {
		errors.push({ path: ['questionnaires'], message: 'The pathway has no entry questionnaire.' });
	}
	pathway.stages.forEach((stage, s) => {
		stage.transitions.forEach((transition, t) => {
			const at = ['stages', s, 'transitions', t];
			if (!stageIds.has(transition.to)) {
				errors.push({ path: [...at, 'to'], message: `Stage "${transition.to}" does not exist.` });
			}
			(transition.actions ?? []).forEach((action, a) => {
				if (!isActionName(action.type)) {
					errors.push({
						path: [...at, 'actions', a, 'type'],
						message: `Unknown action "${action.type}". Registered actions: ${Object.keys(ACTION_PARAMS).join(', ')}.`
					});
					return;
				}
				for (const param of ACTION_PARAMS[action.type]) {
					if (action.params?.[param] === undefined) {
						errors.push({
							path: [...at, 'actions', a, 'params'],
							message: `Action "${action.type}" needs the parameter "${param}".`
						});
					}
				}
			});
		});
	});
	pathway.safetyNet.forEach((rule, r) => {
		if (rule.escalateTo !== undefined && !stageIds.has(rule.escalateTo)) {
			errors.push({
				path: ['safetyNet', r, 'escalateTo'],
				message: `Stage "${rule.escalateTo}" does not exist.`
			});
		}
	});
	return errors;
}

/** The condition scope for a context, reading `current` as the submission being handled. */
export function scopeOf(
	index: PathwayIndex,
	context: EngineContext,
	current: SubmissionRecord | undefined
): ConditionScope {
	return {
		index,
		day: context.day,
		stageEnteredDay: context.stageEnteredDay,
		flags: context.flags,
		history: context.submissions,
		current
	};
}

/** The latest daily check-in, which `day` transitions and plan adaptations read. */
export function latestCheckin(context: EngineContext): SubmissionRecord | undefined {
	for (let i = context.submissions.length - 1; i >= 0; i--) {
		const submission = context.submissions[i];
		if (submission?.purpose === 'checkin') return submission;
	}
	return undefined;
}

/** Records a submission and runs the safety net; pure, shared by the machine and tests. */
export function applySubmission(
	index: PathwayIndex,
	context: EngineContext,
	event: SubmissionEvent,
	state: string
): EngineContext {
	const purpose = PURPOSE_OF_EVENT[event.type];
	const questionnaire = questionnaireFor(index, event, state);
	if (questionnaire === undefined) return { ...context, lastFired: [] };
	const answers = cleanAnswers(questionnaire.items, event.answers);
	const milestone =
		purpose === 'outcome'
			? milestoneFor(index.pathway.schedule, questionnaire.id, context.submissions, context.day)
			: undefined;
	const submission: SubmissionRecord = {
		index: context.submissions.length,
		day: context.day,
		purpose,
		questionnaire: questionnaire.id,
		answers,
		scores: computeScores(questionnaire, answers),
		...(milestone === undefined ? {} : { milestone })
	};
	const submissions = [...context.submissions, submission];
	const scope = { ...scopeOf(index, { ...context, submissions }, submission), current: submission };
	const fired = evaluateSafetyNet({ scope, state, previous: context.escalations });
	return {
		...context,
		submissions,
		escalations: fired.length === 0 ? context.escalations : [...context.escalations, ...fired],
		lastFired: fired
	};
}

function questionnaireFor(index: PathwayIndex, event: SubmissionEvent, state: string) {
	switch (event.type) {
		case 'entry.submitted':
			return index.entryQuestionnaire;
		case 'report.submitted':
			return index.reportQuestionnaire;
		case 'outcome.submitted': {
			const q = index.questionnaires.get(event.questionnaire);
			return q?.purpose === 'outcome' ? q : undefined;
		}
		case 'checkin.submitted': {
			const id =
				event.questionnaire ??
				index.stages.get(state)?.plan?.checkin ??
				index.pathway.questionnaires.find((q) => q.purpose === 'checkin')?.id;
			const q = id === undefined ? undefined : index.questionnaires.get(id);
			return q?.purpose === 'checkin' ? q : undefined;
		}
	}
}

/** The initial context of a new enrolment on day 0. */
export function initialContext(pathway: Pathway): EngineContext {
	return {
		pathwayId: pathway.id,
		version: pathway.version,
		day: 0,
		stageEnteredDay: 0,
		submissions: [],
		escalations: [],
		lastFired: [],
		flags: {},
		completions: []
	};
}

const SUBMISSION_TYPES = Object.keys(PURPOSE_OF_EVENT) as SubmissionEvent['type'][];

function buildMachine(index: PathwayIndex) {
	const { pathway } = index;
	const severityOfStage = escalationStageSeverities(pathway);

	const machineSetup = setup({
		types: {
			context: {} as EngineContext,
			events: {} as MachineEvent
		},
		guards: {
			isNextDay: ({ context, event }) => event.type === 'day' && event.day === context.day + 1,
			isKnownExercise: ({ event }) =>
				event.type === 'exercise.completed' &&
				index.pathway.content.exercises.some((exercise) => exercise.id === event.exercise),
			// Only a submission escalates; a day or an "I have been seen" never re-sends the patient.
			escalatesTo: ({ context, event }, params: { stage: string }) =>
				event.type === 'engine.route' &&
				(SUBMISSION_TYPES as string[]).includes(event.on) &&
				escalationTarget(context.lastFired) === params.stage,
			transitionApplies: (
				{ context, event },
				params: { on: TransitionEvent; when?: Condition }
			) => {
				if (event.type !== 'engine.route' || event.on !== params.on) return false;
				if (params.when === undefined) return true;
				const isSubmission = (SUBMISSION_TYPES as string[]).includes(params.on);
				const current = isSubmission ? context.submissions.at(-1) : latestCheckin(context);
				return evaluateCondition(params.when, scopeOf(index, context, current));
			},
			stageElapsed: ({ context }, params: { maxDays: number }) =>
				context.day - context.stageEnteredDay >= params.maxDays
		},
		actions: {
			recordSubmission: assign(({ context, event }, params: { state: string }) =>
				(SUBMISSION_TYPES as string[]).includes(event.type)
					? applySubmission(index, context, event as SubmissionEvent, params.state)
					: {}
			),
			advanceDay: assign(({ context, event }) => ({
				day: event.type === 'day' ? event.day : context.day,
				lastFired: []
			})),
			enterStage: assign(({ context }) => ({ stageEnteredDay: context.day })),
			recordCompletion: assign(({ context, event }) => ({
				completions:
					event.type === 'exercise.completed'
						? [...context.completions, { day: context.day, exercise: event.exercise }]
						: context.completions
			})),
			acknowledgeEscalations: assign(({ context }) => ({
				escalations: context.escalations.map((e: Escalation) =>
					e.acknowledged ? e : { ...e, acknowledged: true }
				),
				lastFired: context.lastFired.map((e: Escalation) => ({ ...e, acknowledged: true }))
			})),
			setFlag: assign(({ context }, params: { flag: string }) => ({
				flags: { ...context.flags, [params.flag]: true }
			})),
			clearFlag: assign(({ context }, params: { flag: string }) => {
				const flags = { ...context.flags };
				delete flags[params.flag];
				return { flags };
			})
		}
	});

	/** Handlers every state has: submissions run the safety net, days advance. */
	const commonHandlers = (state: string, accepts: readonly SubmissionEvent['type'][]) => ({
		...Object.fromEntries(
			accepts.map((type) => [
				type,
				{
					actions: [
						{ type: 'recordSubmission' as const, params: { state } },
						raiseInternal({ type: 'engine.route', on: type })
					]
				}
			])
		),
		day: {
			guard: 'isNextDay' as const,
			actions: [
				'advanceDay' as const,
				raiseInternal({ type: 'engine.route', on: 'day' }),
				raiseInternal({ type: 'engine.elapsed' })
			]
		},
		'escalation.cleared': {
			actions: raiseInternal({ type: 'engine.route', on: 'escalation.cleared' })
		}
	});

	/** Guarded transitions to escalation stages, most severe target first. */
	const escalationRoutes = (state: string, minimum: Severity | 'none') => {
		const targets = [
			...new Set(
				(index.rulesByState.get(state) ?? [])
					.filter((rule) => rule.escalateTo !== undefined)
					.map((rule) => rule.escalateTo as string)
			)
		].filter(
			(target) => rankSeverity(severityOfStage.get(target) ?? 'none') >= rankSeverity(minimum)
		);
		return targets.map((target) => ({
			guard: { type: 'escalatesTo' as const, params: { stage: target } },
			target,
			reenter: true
		}));
	};

	const transitionRoute = (transition: Transition) => ({
		guard: {
			type: 'transitionApplies' as const,
			params: {
				on: transition.on,
				...(transition.when === undefined ? {} : { when: transition.when })
			}
		},
		target: transition.to,
		reenter: true,
		actions: (transition.actions ?? []).map((action) => ({
			type: action.type as 'setFlag' | 'clearFlag',
			params: { flag: String(action.params?.['flag']) }
		}))
	});

	const stageState = (stage: Stage) => {
		const isFinal = stage.kind === 'final';
		const minimum =
			stage.kind === 'escalation' ? (severityOfStage.get(stage.id) ?? 'none') : 'none';
		return {
			entry: 'enterStage' as const,
			on: {
				...commonHandlers(
					stage.id,
					SUBMISSION_TYPES.filter((t) => t !== 'entry.submitted')
				),
				'engine.route': [
					// A final stage still runs the safety net and shows what fired, but does not move
					// the patient: the pathway is over.
					...(isFinal ? [] : escalationRoutes(stage.id, minimum)),
					...stage.transitions.map(transitionRoute)
				],
				'engine.elapsed':
					stage.maxDays === undefined
						? []
						: [
								{
									guard: { type: 'stageElapsed' as const, params: { maxDays: stage.maxDays } },
									actions: raiseInternal({ type: 'engine.route', on: 'stage.elapsed' })
								}
							]
			}
		};
	};

	const states = {
		[ENTRY_STATE]: {
			on: {
				...commonHandlers(ENTRY_STATE, ['entry.submitted', 'report.submitted']),
				'engine.route': [
					...escalationRoutes(ENTRY_STATE, 'none'),
					{
						guard: {
							type: 'transitionApplies' as const,
							params: { on: 'entry.submitted' as const }
						},
						target: pathway.start
					}
				]
			}
		},
		[STOPPED_STATE]: {
			on: { ...commonHandlers(STOPPED_STATE, ['report.submitted']), 'engine.route': [] }
		},
		...Object.fromEntries(pathway.stages.map((stage) => [stage.id, stageState(stage)]))
	};

	return machineSetup.createMachine({
		id: MACHINE_ID,
		context: initialContext(pathway),
		initial: ENTRY_STATE,
		on: {
			'enrolment.stopped': { target: `.${STOPPED_STATE}` },
			'escalation.acknowledged': { actions: 'acknowledgeEscalations' },
			'exercise.completed': { guard: 'isKnownExercise', actions: 'recordCompletion' }
		},
		// The config is generated from data, so XState cannot type each state's targets.
		states: states as never
	});
}
