/**
 * Properties that must hold for every pathway, on random journeys: a red flag answered "yes" is
 * escalated by the same submission at or above its minimum severity; a persisted snapshot
 * restores to the same state; replaying the event log gives the live state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledPathway, EngineSnapshot } from '../../../src/lib/pathway/compile.js';
import { sendEvent, startEnrolment } from '../../../src/lib/pathway/enrolment.js';
import {
	persistEnrolment,
	type PersistedEnrolment,
	replayLog,
	restoreEnrolment
} from '../../../src/lib/pathway/persistence.js';
import { isAtLeastAsSevere, isRedFlagCode, RED_FLAGS } from '../../../src/lib/shared/vocabulary.js';
import { arbitraryJourney } from './arbitraries.js';
import { compileFixture } from './engine-helpers.js';
import { loadShippedPathways } from './shipped-pathways.js';

const pathways: CompiledPathway[] = [compileFixture(), ...loadShippedPathways()];

/** Red-flag codes answered yes in the submission that `after` recorded. */
function redFlagsAnsweredYes(
	compiled: CompiledPathway,
	before: EngineSnapshot,
	after: EngineSnapshot
): string[] {
	if (after.context.submissions.length === before.context.submissions.length) return [];
	const submission = after.context.submissions.at(-1);
	if (submission === undefined) return [];
	const items = compiled.index.items.get(submission.questionnaire);
	return Object.entries(submission.answers).flatMap(([linkId, value]) => {
		const code = items?.get(linkId)?.code;
		return value === true && code !== undefined && isRedFlagCode(code) ? [code] : [];
	});
}

describe.each(pathways.map((c) => [c.pathway.id, c] as const))('pathway %s', (_id, compiled) => {
	it('escalates every red flag answered yes, on the same submission, at or above its minimum severity', () => {
		fc.assert(
			fc.property(arbitraryJourney(compiled), (events) => {
				let snapshot = startEnrolment(compiled);
				for (const event of events) {
					const before = snapshot;
					snapshot = sendEvent(compiled, snapshot, event);
					for (const code of redFlagsAnsweredYes(compiled, before, snapshot)) {
						const minimum = RED_FLAGS[code as keyof typeof RED_FLAGS].minSeverity;
						const handled = snapshot.context.lastFired.some(
							(e) =>
								e.codes.includes(code as keyof typeof RED_FLAGS) &&
								isAtLeastAsSevere(e.severity, minimum)
						);
						expect(
							handled,
							`${code} answered yes on day ${snapshot.context.day} in ${String(before.value)}`
						).toBe(true);
						for (const signpost of RED_FLAGS[code as keyof typeof RED_FLAGS].requiredSignposts) {
							expect(snapshot.context.lastFired.some((e) => e.signposts.includes(signpost))).toBe(
								true
							);
						}
					}
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('restores a persisted snapshot to the same state', () => {
		fc.assert(
			fc.property(arbitraryJourney(compiled), (events) => {
				const live = events.reduce((s, e) => sendEvent(compiled, s, e), startEnrolment(compiled));
				const stored = JSON.parse(
					JSON.stringify(persistEnrolment(compiled, live, events.length))
				) as PersistedEnrolment;
				const restored = restoreEnrolment(compiled, stored);
				expect(restored.ok).toBe(true);
				if (restored.ok) {
					expect(restored.snapshot.value).toEqual(live.value);
					expect(restored.snapshot.context).toEqual(live.context);
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('replays the event log to the live state', () => {
		fc.assert(
			fc.property(arbitraryJourney(compiled), (events) => {
				const live = events.reduce((s, e) => sendEvent(compiled, s, e), startEnrolment(compiled));
				const replayed = replayLog(
					compiled,
					events.map((event, i) => ({ seq: i + 1, event }))
				);
				expect(replayed.value).toEqual(live.value);
				expect(replayed.context).toEqual(live.context);
			}),
			{ numRuns: 100 }
		);
	});
});
