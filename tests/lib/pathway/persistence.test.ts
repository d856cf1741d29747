import { describe, expect, it } from 'vitest';
import { sendEvent, startEnrolment } from '../../../src/lib/pathway/enrolment.js';
import type { EngineEvent } from '../../../src/lib/pathway/engine-types.js';
import {
	persistEnrolment,
	type PersistedEnrolment,
	replayLog,
	restoreEnrolment,
	resumeEnrolment,
	type LogEntry
} from '../../../src/lib/pathway/persistence.js';
import { checkin, compileFixture, currentState, NO_RED_FLAGS } from './engine-helpers.js';

const compiled = compileFixture();

const events: EngineEvent[] = [
	{ type: 'entry.submitted', answers: NO_RED_FLAGS },
	checkin(6),
	{ type: 'outcome.submitted', questionnaire: 'outcomes', answers: { 'psfs-rating': 4 } },
	{ type: 'day', day: 1 },
	checkin(5, { 'new-symptoms': true, 'ci-fever': true }),
	{ type: 'escalation.acknowledged' },
	{ type: 'escalation.cleared' },
	{ type: 'day', day: 2 },
	checkin(4)
];
const log: LogEntry[] = events.map((event, i) => ({ seq: i + 1, event }));
const live = events.reduce((s, e) => sendEvent(compiled, s, e), startEnrolment(compiled));

describe('persistence', () => {
	it('restores exactly what it persisted', () => {
		const persisted = JSON.parse(
			JSON.stringify(persistEnrolment(compiled, live, 9))
		) as PersistedEnrolment;
		const restored = restoreEnrolment(compiled, persisted);
		expect(restored.ok).toBe(true);
		if (restored.ok) {
			expect(currentState(restored.snapshot)).toBe(currentState(live));
			expect(restored.snapshot.context).toEqual(live.context);
			// A restored snapshot keeps working like the live one.
			const next = checkin(3);
			expect(sendEvent(compiled, restored.snapshot, next).context).toEqual(
				sendEvent(compiled, live, next).context
			);
		}
	});

	it('gives the live state when the log is replayed', () => {
		const replayed = replayLog(compiled, log);
		expect(currentState(replayed)).toBe(currentState(live));
		expect(replayed.context).toEqual(live.context);
	});

	it('uses a snapshot that matches the log', () => {
		const result = resumeEnrolment({
			compiled,
			persisted: persistEnrolment(compiled, live, 9),
			log
		});
		expect(result.source).toBe('snapshot');
		expect(result.snapshot.context).toEqual(live.context);
	});

	it('replays only the tail when the snapshot is behind the log', () => {
		const atFive = replayLog(compiled, log.slice(0, 5));
		const result = resumeEnrolment({
			compiled,
			persisted: persistEnrolment(compiled, atFive, 5),
			log
		});
		expect(result.source).toBe('snapshot+log');
		expect(result.snapshot.context).toEqual(live.context);
	});

	it('rebuilds from the log when the snapshot does not fit', () => {
		const good = persistEnrolment(compiled, live, 9);
		const damaged = [
			{ ...good, version: '0.9.0' },
			{ ...good, snapshot: { ...good.snapshot, value: 'no-such-stage' } },
			{ ...good, snapshot: { ...good.snapshot, context: { day: 'two' } } },
			{ ...good, lastSeq: 12 }
		];
		for (const persisted of damaged) {
			const result = resumeEnrolment({ compiled, persisted: persisted, log });
			expect(result.source).toBe('log');
			expect(result.reason).toBeTruthy();
			expect(result.snapshot.context).toEqual(live.context);
			expect(currentState(result.snapshot)).toBe(currentState(live));
		}
	});

	it('starts from a migration checkpoint and replays what came after it', () => {
		const checkpoint = persistEnrolment(compiled, replayLog(compiled, log.slice(0, 4)), 4);
		const result = resumeEnrolment({ compiled, persisted: undefined, log, checkpoint });
		expect(result.snapshot.context).toEqual(live.context);
	});
});
