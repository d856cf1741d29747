/**
 * Queueing the anonymised outcome record (the consent gate and revisioning, issue C). Called
 * inside the transaction that changed the enrolment, so the outbox row and the event that caused
 * it are written together or not at all. A record is queued only while its enrolment's sharing
 * identity is active (Settings → sharing on), and only when something worth sharing changed.
 */
import type { CompiledPathway, EngineSnapshot } from '../../pathway/compile.js';
import { currentState } from '../../pathway/enrolment.js';
import { buildOutcomeRecord, recordSignature } from '../../pathway/outcome-record.js';
import type { OutcomeRecord } from '../../shared/outcome-record.js';
import type { LimberDatabase } from './database.js';
import type { EnrolmentRow } from './rows.js';
import { recordKey, type OutboxRecordRow, type SharingRow } from './sharing-rows.js';

/** The schema's highest revision; an enrolment never comes near it (one per milestone). */
export const MAX_REVISION = 1000;

/**
 * Queues the next revision of the enrolment's record when sharing is on and the record's
 * signature changed; returns the queued row, or undefined when nothing was queued. Must run
 * inside a `rw` transaction over `sharing` and `outbox`.
 */
export async function queueRecordRevision(
	db: LimberDatabase,
	input: {
		compiled: CompiledPathway;
		enrolment: EnrolmentRow;
		snapshot: EngineSnapshot;
		at: string;
	}
): Promise<OutboxRecordRow | undefined> {
	const identity = await db.sharing.get(input.enrolment.id);
	if (identity === undefined || !identity.active) return undefined;
	return queueRevisionFor(db, { ...input, identity });
}

/**
 * Queues the next revision for this identity when its signature changed (new answers count as a
 * change) and stores the identity's new revision. A caller that changed the identity stores it
 * first. Inside the caller's transaction.
 */
export async function queueRevisionFor(
	db: LimberDatabase,
	input: {
		compiled: CompiledPathway;
		enrolment: EnrolmentRow;
		snapshot: EngineSnapshot;
		identity: SharingRow;
		at: string;
	}
): Promise<OutboxRecordRow | undefined> {
	const { identity } = input;
	const revision = identity.revision + 1;
	const record = buildOutcomeRecord({
		index: input.compiled.index,
		context: input.snapshot.context,
		state: currentState(input.snapshot),
		facts: {
			recordId: identity.recordId,
			withdrawToken: identity.withdrawToken,
			revision,
			monthEnrolled: input.enrolment.startDate.slice(0, 7),
			locality: input.enrolment.localityId,
			referral: input.enrolment.referral,
			onWaitingList: input.enrolment.onWaitingList,
			leftWaitingList: input.enrolment.onWaitingList && identity.answers.leftWaitingList,
			ageBand: identity.answers.ageBand,
			...(identity.answers.sex === undefined ? {} : { sex: identity.answers.sex }),
			...(identity.answers.ethnicity === undefined ? {} : { ethnicity: identity.answers.ethnicity })
		}
	});
	const signature = sharingSignature(record);
	if (signature === identity.signature || revision > MAX_REVISION) return undefined;
	// Only the latest revision of a record is sent: an older one still waiting is dropped, and the
	// new one keeps its place in the backoff (a refused row stays, as the evidence of a bug).
	const waiting = (await db.outbox.where('recordId').equals(identity.recordId).toArray()).filter(
		(row) => row.kind === 'record' && row.refused === undefined
	);
	const latest = waiting.reduce<(typeof waiting)[number] | undefined>(
		(a, b) => (a === undefined || b.nextAttemptAt > a.nextAttemptAt ? b : a),
		undefined
	);
	const row: OutboxRecordRow = {
		kind: 'record',
		key: recordKey(identity.recordId, revision),
		recordId: identity.recordId,
		enrolmentId: identity.enrolmentId,
		revision,
		record,
		queuedAt: input.at,
		attempts: latest?.attempts ?? 0,
		nextAttemptAt: latest?.nextAttemptAt ?? 0
	};
	await Promise.all([
		waiting.length > 0 ? db.outbox.bulkDelete(waiting.map((r) => r.key)) : undefined,
		db.outbox.put(row),
		db.sharing.put({ ...identity, revision, signature })
	]);
	return row;
}

/**
 * What makes a new revision due: the record's own signature (a new milestone, a new escalation,
 * a change of status) or a change in what the patient told us for sharing (their answers, or
 * that they left the waiting list).
 */
export function sharingSignature(record: OutcomeRecord): string {
	return JSON.stringify([
		recordSignature(record),
		record.leftWaitingList,
		record.ageBand,
		record.sex ?? null,
		record.ethnicity ?? null
	]);
}
