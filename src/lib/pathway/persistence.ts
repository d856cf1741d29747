/**
 * Persistence of an enrolment (architecture.md decision 3): the event log is the truth and the
 * snapshot is a cache. The app appends each event to the log in the same IndexedDB transaction
 * as the new persisted snapshot; on resume, a snapshot that does not fit the machine (another
 * pathway version, an unknown stage, a damaged context, or behind the log) is rebuilt by
 * replaying the log.
 */
import type { Snapshot } from 'xstate';
import type { CompiledPathway, EngineSnapshot } from './compile.js';
import { sendEvent, startEnrolment } from './enrolment.js';
import type { EngineContext, EngineEvent } from './engine-types.js';
import { ENTRY_STATE, STOPPED_STATE } from './pathway-index.js';

/** One entry of an enrolment's append-only event log. */
export interface LogEntry {
	/** 1, 2, 3, ... in the order the events happened. */
	readonly seq: number;
	readonly event: EngineEvent;
}

/** A snapshot as stored: the XState persisted snapshot plus what it was built from. */
export interface PersistedEnrolment {
	readonly pathwayId: string;
	readonly version: string;
	/** Seq of the last log entry included in the snapshot (0 = none). */
	readonly lastSeq: number;
	readonly snapshot: Snapshot<unknown>;
}

/** The JSON form of a snapshot, safe to store and to send to another device. */
export function persistEnrolment(
	compiled: CompiledPathway,
	snapshot: EngineSnapshot,
	lastSeq: number
): PersistedEnrolment {
	return {
		pathwayId: compiled.pathway.id,
		version: compiled.pathway.version,
		lastSeq,
		// IndexedDB copies what it stores, and contexts are never mutated: no clone needed here.
		snapshot: compiled.machine.getPersistedSnapshot(snapshot)
	};
}

export type RestoreResult = { ok: true; snapshot: EngineSnapshot } | { ok: false; reason: string };

/** Turns a stored snapshot back into a live one, if it fits this compiled pathway. */
export function restoreEnrolment(
	compiled: CompiledPathway,
	persisted: PersistedEnrolment
): RestoreResult {
	const { pathway, machine } = compiled;
	if (persisted.pathwayId !== pathway.id || persisted.version !== pathway.version) {
		return {
			ok: false,
			reason: `snapshot is for ${persisted.pathwayId}@${persisted.version}, not ${pathway.id}@${pathway.version}`
		};
	}
	const stored = persisted.snapshot as { value?: unknown; context?: unknown; status?: unknown };
	const states = new Set([ENTRY_STATE, STOPPED_STATE, ...pathway.stages.map((s) => s.id)]);
	if (typeof stored.value !== 'string' || !states.has(stored.value)) {
		return { ok: false, reason: `unknown state ${JSON.stringify(stored.value)}` };
	}
	if (stored.status !== 'active')
		return { ok: false, reason: `snapshot status is ${String(stored.status)}` };
	if (!isEngineContext(stored.context)) return { ok: false, reason: 'context is damaged' };
	const snapshot = machine.resolveState({ value: stored.value, context: stored.context });
	return { ok: true, snapshot: snapshot };
}

/** Replays log entries (those after `from.lastSeq`, if given) onto a snapshot. */
export function replayLog(
	compiled: CompiledPathway,
	log: readonly LogEntry[],
	from?: { snapshot: EngineSnapshot; lastSeq: number }
): EngineSnapshot {
	let snapshot = from?.snapshot ?? startEnrolment(compiled);
	const after = from?.lastSeq ?? 0;
	for (const entry of log) {
		if (entry.seq > after) snapshot = sendEvent(compiled, snapshot, entry.event);
	}
	return snapshot;
}

export interface ResumeInput {
	readonly compiled: CompiledPathway;
	/** The stored snapshot, if any. */
	readonly persisted: PersistedEnrolment | undefined;
	/** The whole log, in seq order. */
	readonly log: readonly LogEntry[];
	/**
	 * Where replay starts when the log alone cannot rebuild the state: after a migration to a
	 * new pathway version, the migrated snapshot and the seq it was taken at.
	 */
	readonly checkpoint?: PersistedEnrolment;
}

export interface ResumeResult {
	readonly snapshot: EngineSnapshot;
	readonly lastSeq: number;
	/** How the snapshot was obtained. */
	readonly source: 'snapshot' | 'snapshot+log' | 'log';
	/** Why the stored snapshot was not used as it was. */
	readonly reason?: string;
}

/** Resumes an enrolment from its stored snapshot, rebuilding from the log when needed. */
export function resumeEnrolment(input: ResumeInput): ResumeResult {
	const { compiled, persisted, log } = input;
	const lastSeq = log.at(-1)?.seq ?? 0;
	const base = baseOf(input);
	if (persisted !== undefined) {
		const restored = restoreEnrolment(compiled, persisted);
		if (restored.ok && persisted.lastSeq === lastSeq) {
			return { snapshot: restored.snapshot, lastSeq, source: 'snapshot' };
		}
		if (restored.ok && persisted.lastSeq < lastSeq && persisted.lastSeq >= base.lastSeq) {
			const snapshot = replayLog(compiled, log, {
				snapshot: restored.snapshot,
				lastSeq: persisted.lastSeq
			});
			return { snapshot, lastSeq, source: 'snapshot+log', reason: 'snapshot was behind the log' };
		}
		const reason = restored.ok ? 'snapshot is ahead of the log' : restored.reason;
		return { snapshot: replayLog(compiled, log, base.from), lastSeq, source: 'log', reason };
	}
	return {
		snapshot: replayLog(compiled, log, base.from),
		lastSeq,
		source: 'log',
		reason: 'no snapshot'
	};
}

function baseOf(input: ResumeInput): {
	lastSeq: number;
	from?: { snapshot: EngineSnapshot; lastSeq: number };
} {
	if (input.checkpoint === undefined) return { lastSeq: 0 };
	const restored = restoreEnrolment(input.compiled, input.checkpoint);
	if (!restored.ok) {
		// A checkpoint is written by a migration in the same transaction as the new pathway; if it
		// does not fit, the enrolment is corrupt and must not be guessed at.
		throw new Error(`Migration checkpoint does not fit its pathway: ${restored.reason}`);
	}
	return {
		lastSeq: input.checkpoint.lastSeq,
		from: { snapshot: restored.snapshot, lastSeq: input.checkpoint.lastSeq }
	};
}

/** A structural check of a stored context (old rows, imports): parse at the boundary. */
export function isEngineContext(value: unknown): value is EngineContext {
	if (typeof value !== 'object' || value === null) return false;
	const c = value as Record<string, unknown>;
	return (
		typeof c['pathwayId'] === 'string' &&
		typeof c['version'] === 'string' &&
		Number.isInteger(c['day']) &&
		Number.isInteger(c['stageEnteredDay']) &&
		Array.isArray(c['submissions']) &&
		c['submissions'].every(isSubmissionLike) &&
		Array.isArray(c['escalations']) &&
		c['escalations'].every(isEscalationLike) &&
		Array.isArray(c['lastFired']) &&
		typeof c['flags'] === 'object' &&
		c['flags'] !== null &&
		Array.isArray(c['completions'])
	);
}

function isSubmissionLike(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const s = value as Record<string, unknown>;
	return (
		Number.isInteger(s['index']) &&
		Number.isInteger(s['day']) &&
		typeof s['questionnaire'] === 'string' &&
		typeof s['answers'] === 'object' &&
		s['answers'] !== null &&
		typeof s['scores'] === 'object' &&
		s['scores'] !== null
	);
}

function isEscalationLike(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const e = value as Record<string, unknown>;
	return (
		typeof e['rule'] === 'string' &&
		typeof e['severity'] === 'string' &&
		Array.isArray(e['signposts'])
	);
}
