/**
 * The enrolment repository: every write for a patient action happens here, in one `rw`
 * transaction that appends to the event log and replaces the snapshot together (decision 3).
 * The current state is always recomputed from what is in the database inside the transaction,
 * so two tabs saving at once each build on the other's events instead of overwriting them.
 */
import Dexie from 'dexie';
import type { CompiledPathway, EngineSnapshot } from '../../pathway/compile.js';
import { sendEvent, startEnrolment } from '../../pathway/enrolment.js';
import type { EngineEvent } from '../../pathway/engine-types.js';
import { migrateEnrolment } from '../../pathway/migrate.js';
import {
	persistEnrolment,
	restoreEnrolment,
	resumeEnrolment,
	type LogEntry
} from '../../pathway/persistence.js';
import type { LimberDatabase } from './database.js';
import { queueRecordRevision } from './outcome-queue.js';
import type { EnrolmentRow, EventRow } from './rows.js';
import { createSharingIdentity } from './sharing-identity.js';
import type { SharingAnswers } from './sharing-rows.js';
import { attempt, type StorageResult } from './storage-error.js';

/** The state of an enrolment as stored, rebuilt if needed. */
export interface StoredState {
	readonly snapshot: EngineSnapshot;
	readonly lastSeq: number;
	/** True when the stored snapshot did not fit and the log was replayed. */
	readonly rebuilt: boolean;
}

export { findActiveEnrolment } from './active-enrolment.js';

/**
 * Creates an enrolment (archiving any active one) with its day-0 snapshot; with `share` (the
 * patient chose to share), its sharing identity too, in the same transaction. The first record is
 * queued by the first event (the entry screen).
 */
export function createEnrolment(
	db: LimberDatabase,
	compiled: CompiledPathway,
	row: Omit<EnrolmentRow, 'status'>,
	options: { share?: SharingAnswers } = {}
): Promise<StorageResult<EnrolmentRow>> {
	return attempt(() =>
		db.transaction('rw', db.enrolments, db.snapshots, db.sharing, async () => {
			// Function form: Dexie's key-path typing cannot follow the recursive pathway type.
			await db.enrolments
				.where('status')
				.equals('active')
				.modify((other: { status: EnrolmentRow['status'] }) => {
					other.status = 'archived';
				});
			const enrolment: EnrolmentRow = { ...row, status: 'active' };
			await db.enrolments.add(enrolment);
			await db.snapshots.put({
				enrolmentId: enrolment.id,
				persisted: persistEnrolment(compiled, startEnrolment(compiled), 0),
				savedAt: row.createdAt
			});
			if (options.share !== undefined) {
				await db.sharing.put(
					createSharingIdentity({
						enrolmentId: enrolment.id,
						answers: options.share,
						at: row.createdAt
					})
				);
			}
			return enrolment;
		})
	);
}

/** Reads the current state of an enrolment; call inside a transaction to build on it. */
export async function readState(
	db: LimberDatabase,
	compiled: CompiledPathway,
	enrolment: EnrolmentRow
): Promise<StoredState> {
	const stored = await db.snapshots.get(enrolment.id);
	if (stored !== undefined) {
		const restored = restoreEnrolment(compiled, stored.persisted);
		const base = enrolment.checkpoint?.lastSeq ?? 0;
		if (restored.ok && stored.persisted.lastSeq >= base) {
			const tail = await readLog(db, enrolment.id, stored.persisted.lastSeq);
			const snapshot = tail.reduce(
				(s, entry) => sendEvent(compiled, s, entry.event),
				restored.snapshot
			);
			return { snapshot, lastSeq: tail.at(-1)?.seq ?? stored.persisted.lastSeq, rebuilt: false };
		}
	}
	// No snapshot, or one that does not fit this pathway: the log is the truth.
	const log = await readLog(db, enrolment.id, 0);
	const resumed = resumeEnrolment({
		compiled,
		persisted: undefined,
		log,
		...(enrolment.checkpoint === undefined ? {} : { checkpoint: enrolment.checkpoint })
	});
	return { snapshot: resumed.snapshot, lastSeq: resumed.lastSeq, rebuilt: true };
}

/** Log entries of an enrolment after `afterSeq`, in order. */
export async function readLog(
	db: LimberDatabase,
	enrolmentId: string,
	afterSeq: number
): Promise<LogEntry[]> {
	const rows = await db.events
		.where('[enrolmentId+seq]')
		.between([enrolmentId, afterSeq + 1], [enrolmentId, Dexie.maxKey])
		.toArray();
	return rows.map((row) => ({ seq: row.seq, event: row.event }));
}

/**
 * Appends events to the log and saves the new snapshot, in one transaction; optionally deletes a
 * draft that the events submitted. Returns the state after the events.
 *
 * With `share`, the same transaction also queues the next revision of the anonymised outcome
 * record when the enrolment's sharing is on and the record changed (outcome-queue.ts), so an
 * event and the record it changed are saved together or not at all.
 *
 * With `base` (the state the caller already holds), the append is optimistic: the transaction
 * only writes, its requests in parallel, and the unique `[enrolmentId+seq]` index refuses it if
 * another tab appended first; then the whole append is redone on top of what is stored.
 */
export async function appendEvents(
	db: LimberDatabase,
	input: {
		compiled: CompiledPathway;
		enrolment: EnrolmentRow;
		events: readonly EngineEvent[];
		at: string;
		clearDraft?: string;
		base?: { snapshot: EngineSnapshot; lastSeq: number };
		share?: boolean;
	}
): Promise<StorageResult<StoredState>> {
	const { compiled, enrolment, events, at } = input;
	const write = (current: StoredState) => {
		let snapshot = current.snapshot;
		let seq = current.lastSeq;
		const rows: EventRow[] = [];
		for (const event of events) {
			snapshot = sendEvent(compiled, snapshot, event);
			rows.push({ enrolmentId: enrolment.id, seq: ++seq, at, event });
		}
		return Promise.all([
			rows.length > 0 ? db.events.bulkAdd(rows) : undefined,
			db.snapshots.put({
				enrolmentId: enrolment.id,
				persisted: persistEnrolment(compiled, snapshot, seq),
				savedAt: at
			}),
			input.clearDraft === undefined ? undefined : db.drafts.delete(input.clearDraft),
			input.share === true
				? queueRecordRevision(db, { compiled, enrolment, snapshot, at })
				: undefined
		]).then(() => ({ snapshot, lastSeq: seq, rebuilt: current.rebuilt }));
	};
	const tables = [
		db.events,
		db.snapshots,
		db.drafts,
		...(input.share === true ? [db.sharing, db.outbox] : [])
	];
	if (input.base !== undefined) {
		const base = { ...input.base, rebuilt: false };
		const optimistic = await attempt(() => db.transaction('rw', tables, () => write(base)));
		if (optimistic.ok || optimistic.error.kind !== 'conflict') return optimistic;
	}
	return attempt(() =>
		db.transaction('rw', tables, async () => write(await readState(db, compiled, enrolment)))
	);
}

/**
 * Moves an active enrolment onto a newer pathway version through the migration it declares:
 * pins the new pathway, records a checkpoint for replay and saves the migrated snapshot.
 */
export function migrateStoredEnrolment(
	db: LimberDatabase,
	input: { from: CompiledPathway; to: CompiledPathway; enrolment: EnrolmentRow; at: string }
): Promise<StorageResult<{ enrolment: EnrolmentRow; state: StoredState } | undefined>> {
	return attempt(() =>
		db.transaction('rw', db.enrolments, db.events, db.snapshots, async () => {
			const current = await readState(db, input.from, input.enrolment);
			const migrated = migrateEnrolment({
				from: input.from,
				to: input.to,
				snapshot: current.snapshot
			});
			if (!migrated.ok) return undefined;
			const checkpoint = persistEnrolment(input.to, migrated.snapshot, current.lastSeq);
			const enrolment: EnrolmentRow = { ...input.enrolment, pathway: input.to.pathway, checkpoint };
			await db.enrolments.put(enrolment);
			await db.snapshots.put({
				enrolmentId: enrolment.id,
				persisted: checkpoint,
				savedAt: input.at
			});
			return {
				enrolment,
				state: { snapshot: migrated.snapshot, lastSeq: current.lastSeq, rebuilt: false }
			};
		})
	);
}
