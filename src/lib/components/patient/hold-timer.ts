/**
 * The hold timer's rules as pure functions: the patient starts each hold; when it ends the timer
 * waits for them again. Only the rest between sets counts down by itself, and after it the timer
 * still waits. Nothing the patient has to do is ever started for them.
 */

/** `ready`: waiting for the patient; `hold` and `rest`: counting down; `done`: every set done. */
export type HoldPhase = 'ready' | 'hold' | 'rest' | 'done';

export interface HoldPlan {
	readonly holdSeconds: number;
	/** Rest between sets; none means the next set starts when the patient is ready. */
	readonly restSeconds?: number | undefined;
	readonly reps: number;
	readonly sets: number;
}

export interface HoldTimerState {
	readonly phase: HoldPhase;
	/** The set in progress or about to start, from 1. */
	readonly set: number;
	/** The rep in progress or about to start, from 1. */
	readonly rep: number;
	/** Seconds left in this hold or rest (the full hold while ready). */
	readonly remaining: number;
	/** True while counting down; false when waiting for the patient or paused. */
	readonly running: boolean;
}

/** Something worth telling the patient about (once, not every second). */
export type HoldTimerEvent =
	'hold-started' | 'rep-done' | 'set-done-rest' | 'set-done' | 'rest-over' | 'all-done';

/** The timer before the first hold. */
export function createHoldTimer(plan: HoldPlan): HoldTimerState {
	return { phase: 'ready', set: 1, rep: 1, remaining: plan.holdSeconds, running: false };
}

/** True before anything has happened (so "Reset" has nothing to do). */
export function isUntouched(state: HoldTimerState, plan: HoldPlan): boolean {
	return (
		state.phase === 'ready' &&
		state.set === 1 &&
		state.rep === 1 &&
		state.remaining === plan.holdSeconds
	);
}

/** The patient pressed Start (or Carry on after a pause). */
export function startHold(
	state: HoldTimerState,
	plan: HoldPlan
): { state: HoldTimerState; event?: HoldTimerEvent } {
	switch (state.phase) {
		case 'ready':
			return {
				state: { ...state, phase: 'hold', remaining: plan.holdSeconds, running: true },
				event: 'hold-started'
			};
		case 'hold':
		case 'rest':
			return { state: { ...state, running: true } };
		case 'done':
			return { state };
	}
}

/** The patient pressed Pause. */
export function pauseHold(state: HoldTimerState): HoldTimerState {
	return { ...state, running: false };
}

/** One second passed. */
export function tickHold(
	state: HoldTimerState,
	plan: HoldPlan
): { state: HoldTimerState; event?: HoldTimerEvent } {
	if (!state.running) return { state };
	const remaining = state.remaining - 1;
	if (remaining > 0) return { state: { ...state, remaining } };

	if (state.phase === 'rest') {
		return {
			state: { ...state, phase: 'ready', remaining: plan.holdSeconds, running: false },
			event: 'rest-over'
		};
	}
	// A hold ended.
	if (state.rep < plan.reps) {
		return {
			state: {
				...state,
				phase: 'ready',
				rep: state.rep + 1,
				remaining: plan.holdSeconds,
				running: false
			},
			event: 'rep-done'
		};
	}
	if (state.set < plan.sets) {
		const next = { ...state, set: state.set + 1, rep: 1 };
		return plan.restSeconds === undefined
			? {
					state: { ...next, phase: 'ready', remaining: plan.holdSeconds, running: false },
					event: 'set-done'
				}
			: {
					state: { ...next, phase: 'rest', remaining: plan.restSeconds, running: true },
					event: 'set-done-rest'
				};
	}
	return { state: { ...state, phase: 'done', remaining: 0, running: false }, event: 'all-done' };
}
