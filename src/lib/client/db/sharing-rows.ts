/**
 * What Limber keeps on the phone for sharing anonymised outcomes (architecture.md decision 6):
 * the sharing identity of each enrolment and the outbox of records and withdrawals to send.
 * Only types here: the patient bundle never ships Zod, so the record's type is imported, not
 * its schema.
 */
import type { OutcomeRecord } from '../../shared/outcome-record.js';

export type AgeBand = OutcomeRecord['ageBand'];
export type SexCode = NonNullable<OutcomeRecord['sex']>;
export type EthnicityGroup = NonNullable<OutcomeRecord['ethnicity']>;

/**
 * The patient's answers when they turn sharing on. Every one is optional: an unanswered age band
 * is 'not-stated', an unanswered sex or ethnicity is left out of the record.
 */
export interface SharingAnswers {
	readonly ageBand: AgeBand;
	readonly sex?: SexCode;
	readonly ethnicity?: EthnicityGroup;
	/** Only asked of patients who were on the physiotherapy waiting list when they enrolled. */
	readonly leftWaitingList: boolean;
}

/**
 * How one enrolment is shared: a random record id (not linked to the device or the enrolment
 * id), the secret that withdraws it, and the revision last queued. Deleted after a withdrawal,
 * so sharing again starts a new, unlinkable record.
 */
export interface SharingRow {
	readonly enrolmentId: string;
	/** UUID v4 from crypto.randomUUID. */
	readonly recordId: string;
	/** 32 random bytes, base64url (43 characters). The server keeps only its hash. */
	readonly withdrawToken: string;
	/** True while the patient shares (Settings → sharing on); false keeps it for a withdrawal. */
	readonly active: boolean;
	readonly answers: SharingAnswers;
	/** The last revision queued (0: none yet) and its signature (a new revision is due when the
	 * record's signature changes). */
	readonly revision: number;
	readonly signature?: string;
	/** The last revision the server accepted (0: none). */
	readonly sentRevision: number;
	readonly createdAt: string;
}

/** Fields every outbox row has: when to try it next and, if the server refused it, why. */
interface OutboxRowBase {
	/** `${recordId}|${revision}` for a record, `${recordId}|withdraw` for a withdrawal. */
	readonly key: string;
	readonly recordId: string;
	readonly queuedAt: string;
	/** Failed attempts so far (network errors, 5xx, 429): the backoff grows with them. */
	readonly attempts: number;
	/** Epoch milliseconds before which the row is not tried again (persisted: survives reloads). */
	readonly nextAttemptAt: number;
	/**
	 * The server refused the row in a way a retry cannot fix (400 for a record, 403 for a
	 * withdrawal): it is kept, never retried, and the patient is told. A 400 means a bug.
	 */
	readonly refused?: { readonly status: number; readonly reason: string; readonly at: string };
}

/** One revision of a record to send (only the latest unsent revision of a record is kept). */
export interface OutboxRecordRow extends OutboxRowBase {
	readonly kind: 'record';
	readonly enrolmentId: string;
	readonly revision: number;
	readonly record: OutcomeRecord;
}

/** A withdrawal the patient asked for: sent until the server confirms it. */
export interface OutboxWithdrawalRow extends OutboxRowBase {
	readonly kind: 'withdrawal';
	readonly withdrawToken: string;
}

export type OutboxRow = OutboxRecordRow | OutboxWithdrawalRow;

/** The outbox key of a record revision. */
export function recordKey(recordId: string, revision: number): string {
	return `${recordId}|${revision}`;
}

/** The outbox key of a withdrawal. */
export function withdrawalKey(recordId: string): string {
	return `${recordId}|withdraw`;
}
