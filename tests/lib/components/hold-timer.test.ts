import { describe, expect, it } from 'vitest';
import {
	createHoldTimer,
	isUntouched,
	pauseHold,
	startHold,
	tickHold,
	type HoldPlan,
	type HoldTimerEvent,
	type HoldTimerState
} from '../../../src/lib/components/patient/hold-timer.js';

/** Ticks until the timer stops counting, collecting what it announced. */
function runDown(
	state: HoldTimerState,
	plan: HoldPlan
): { state: HoldTimerState; events: HoldTimerEvent[]; seconds: number } {
	const events: HoldTimerEvent[] = [];
	let seconds = 0;
	while (state.running) {
		const result = tickHold(state, plan);
		state = result.state;
		seconds++;
		if (result.event !== undefined) events.push(result.event);
	}
	return { state, events, seconds };
}

describe('the hold timer', () => {
	const plan: HoldPlan = { holdSeconds: 3, restSeconds: 2, reps: 2, sets: 2 };

	it('waits for the patient before the first hold', () => {
		const timer = createHoldTimer(plan);
		expect(timer).toEqual({ phase: 'ready', set: 1, rep: 1, remaining: 3, running: false });
		expect(isUntouched(timer, plan)).toBe(true);
		expect(tickHold(timer, plan).state).toEqual(timer);
	});

	it('counts a hold down after Start and then waits again for the next rep', () => {
		const started = startHold(createHoldTimer(plan), plan);
		expect(started.event).toBe('hold-started');
		const done = runDown(started.state, plan);
		expect(done.seconds).toBe(3);
		expect(done.events).toEqual(['rep-done']);
		expect(done.state).toMatchObject({ phase: 'ready', set: 1, rep: 2, running: false });
	});

	it('rests between sets by itself, then waits for the patient', () => {
		let state = runDown(startHold(createHoldTimer(plan), plan).state, plan).state;
		const second = runDown(startHold(state, plan).state, plan);
		expect(second.events).toEqual(['set-done-rest', 'rest-over']);
		expect(second.seconds).toBe(3 + 2);
		state = second.state;
		expect(state).toMatchObject({ phase: 'ready', set: 2, rep: 1, running: false });
	});

	it('finishes after the last rep of the last set', () => {
		let state = createHoldTimer(plan);
		const events: HoldTimerEvent[] = [];
		for (let hold = 0; hold < 4; hold++) {
			const result = runDown(startHold(state, plan).state, plan);
			state = result.state;
			events.push(...result.events);
		}
		expect(events).toEqual(['rep-done', 'set-done-rest', 'rest-over', 'rep-done', 'all-done']);
		expect(state).toMatchObject({ phase: 'done', running: false });
		expect(startHold(state, plan).state).toEqual(state);
	});

	it('moves to the next set without a countdown when there is no rest', () => {
		const noRest: HoldPlan = { holdSeconds: 1, reps: 1, sets: 2 };
		const result = runDown(startHold(createHoldTimer(noRest), noRest).state, noRest);
		expect(result.events).toEqual(['set-done']);
		expect(result.state).toMatchObject({ phase: 'ready', set: 2, rep: 1 });
	});

	it('stands still while paused and carries on from the same second', () => {
		let state = startHold(createHoldTimer(plan), plan).state;
		state = tickHold(state, plan).state;
		state = pauseHold(state);
		expect(tickHold(state, plan).state).toEqual(state);
		const resumed = startHold(state, plan);
		expect(resumed.event).toBeUndefined();
		expect(resumed.state).toMatchObject({ phase: 'hold', remaining: 2, running: true });
	});
});
