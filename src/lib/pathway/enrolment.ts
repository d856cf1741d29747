/**
 * Running an enrolment: pure functions over machine snapshots. The app, the CLI simulator and
 * the tests all move patients with these, so there is exactly one way an answer becomes a stage
 * change or an escalation.
 */
import { initialTransition, transition } from 'xstate';
import type { CompiledPathway, EngineSnapshot } from './compile.js';
import type { EngineEvent } from './engine-types.js';

/** A new enrolment on day 0, in the `entry` state. */
export function startEnrolment(compiled: CompiledPathway): EngineSnapshot {
	const [snapshot] = initialTransition(compiled.machine);
	return snapshot;
}

/** The snapshot after one event. Events the current state does not accept change nothing. */
export function sendEvent(
	compiled: CompiledPathway,
	snapshot: EngineSnapshot,
	event: EngineEvent
): EngineSnapshot {
	const [next] = transition(compiled.machine, snapshot, event);
	return next;
}

/**
 * The `day` events that bring an enrolment up to `today` (one per missed day, in order). Sending
 * them again changes nothing: the machine only accepts the next day.
 */
export function daysToCatchUp(snapshot: EngineSnapshot, today: number): EngineEvent[] {
	const events: EngineEvent[] = [];
	for (let day = snapshot.context.day + 1; day <= today; day++) events.push({ type: 'day', day });
	return events;
}

/** Sends every `day` event up to `today`. */
export function catchUpTo(
	compiled: CompiledPathway,
	snapshot: EngineSnapshot,
	today: number
): EngineSnapshot {
	return daysToCatchUp(snapshot, today).reduce(
		(s, event) => sendEvent(compiled, s, event),
		snapshot
	);
}

/** The state the patient is in: a stage id, `entry` or `stopped`. */
export function currentState(snapshot: EngineSnapshot): string {
	return String(snapshot.value);
}
