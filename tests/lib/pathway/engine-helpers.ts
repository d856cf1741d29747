/**
 * Helpers for engine tests: a compiled fixture and short ways to send the events a patient
 * causes. They call the real engine; nothing is mocked.
 */
import {
	compileValidPathway,
	type CompiledPathway,
	type EngineSnapshot
} from '../../../src/lib/pathway/compile.js';
import { currentState, sendEvent, startEnrolment } from '../../../src/lib/pathway/enrolment.js';
import type { Answers, EngineEvent } from '../../../src/lib/pathway/engine-types.js';
import { buildFixturePathway } from './engine-fixture.js';

export const NO_RED_FLAGS: Answers = { 'ces-bladder': false, fever: false, 'self-harm': false };

/** A compiled copy of the engine fixture. */
export function compileFixture(...args: Parameters<typeof buildFixturePathway>): CompiledPathway {
	return compileValidPathway(buildFixturePathway(...args));
}

/** Sends events in order and returns the final snapshot. */
export function run(
	compiled: CompiledPathway,
	events: EngineEvent[],
	from?: EngineSnapshot
): EngineSnapshot {
	return events.reduce((s, e) => sendEvent(compiled, s, e), from ?? startEnrolment(compiled));
}

/** An enrolment that has passed the entry screen on day 0. */
export function enrolled(compiled: CompiledPathway): EngineSnapshot {
	return run(compiled, [{ type: 'entry.submitted', answers: NO_RED_FLAGS }]);
}

/** A daily check-in with the given pain and otherwise benign answers. */
export function checkin(pain: number, extra: Answers = {}): EngineEvent {
	return {
		type: 'checkin.submitted',
		answers: { pain, feel: 'same', 'new-symptoms': false, ...extra }
	};
}

/** The next `count` day events after `snapshot`'s day. */
export function days(snapshot: EngineSnapshot, count: number): EngineEvent[] {
	return Array.from({ length: count }, (_, i) => ({
		type: 'day' as const,
		day: snapshot.context.day + i + 1
	}));
}

export { currentState };
