/**
 * Turning sharing on and changing the sharing answers: each is one transaction that saves the
 * choice and queues the enrolment's current record (so it needs the engine, and is loaded with
 * it). "Sharing on" always means the active enrolment has an active identity.
 */
import type { CompiledPathway } from '../../pathway/compile.js';
import type { LimberDatabase } from './database.js';
import { readState } from './enrolments.js';
import { queueRevisionFor } from './outcome-queue.js';
import type { EnrolmentRow } from './rows.js';
import type { Settings } from './settings.js';
import { writeShareSetting } from './sharing.js';
import { createSharingIdentity, NO_SHARING_ANSWERS } from './sharing-identity.js';
import type { SharingAnswers, SharingRow } from './sharing-rows.js';
import { attempt, type StorageResult } from './storage-error.js';

/** The enrolment whose record is shared, with its compiled pathway. */
export interface SharedEnrolment {
	readonly compiled: CompiledPathway;
	readonly enrolment: EnrolmentRow;
}

/**
 * Turns sharing on with the patient's answers and queues the active enrolment's current record
 * (when there is one), in one transaction. An enrolment shared before (and not withdrawn) keeps
 * its record id and goes on from its last revision. Returns the saved settings.
 */
export function startSharing(
	db: LimberDatabase,
	input: { active: SharedEnrolment | undefined; answers: SharingAnswers; at: string }
): Promise<StorageResult<Settings>> {
	return attempt(() =>
		db.transaction(
			'rw',
			[db.settings, db.sharing, db.outbox, db.events, db.snapshots],
			async () => {
				const settings = await writeShareSetting(db, true);
				await db.sharing.toCollection().modify((row: { active: boolean }) => {
					row.active = true;
				});
				if (input.active !== undefined) {
					await shareCurrentRecord(db, input.active, input.at, (existing) => ({
						...(existing ??
							createSharingIdentity({
								enrolmentId: input.active!.enrolment.id,
								answers: input.answers,
								at: input.at
							})),
						active: true,
						answers: input.answers
					}));
				}
				return settings;
			}
		)
	);
}

/**
 * Saves new sharing answers (age band, sex, ethnicity, left the waiting list) for the active
 * enrolment and, while sharing is on, queues the revision they make. One transaction.
 */
export function reviseSharingAnswers(
	db: LimberDatabase,
	input: SharedEnrolment & { answers: SharingAnswers; at: string }
): Promise<StorageResult<void>> {
	return attempt(() =>
		db.transaction('rw', [db.sharing, db.outbox, db.events, db.snapshots], async () => {
			await shareCurrentRecord(db, input, input.at, (existing) =>
				existing === undefined ? undefined : { ...existing, answers: input.answers }
			);
		})
	);
}

/**
 * Keeps "sharing on" true to its word when an enrolment opens: if the setting is on and the
 * enrolment has no active identity (sharing was turned on under an older version, or the app
 * stopped between saving the choice and enrolling), it gets one, and its record is queued when
 * it changed. Does nothing, in one read, while sharing is off.
 */
export function ensureSharing(
	db: LimberDatabase,
	input: SharedEnrolment & { at: string }
): Promise<StorageResult<void>> {
	return attempt(() =>
		db.transaction(
			'rw',
			[db.settings, db.sharing, db.outbox, db.events, db.snapshots],
			async () => {
				const stored = await db.settings.get('preferences');
				const isOn = (stored?.value as { shareOutcomes?: unknown } | undefined)?.shareOutcomes;
				if (isOn !== true) return;
				await shareCurrentRecord(db, input, input.at, (existing) => ({
					...(existing ??
						createSharingIdentity({
							enrolmentId: input.enrolment.id,
							answers: NO_SHARING_ANSWERS,
							at: input.at
						})),
					active: true
				}));
			}
		)
	);
}

/** Applies `change` to the enrolment's identity and queues its record if it changed. */
async function shareCurrentRecord(
	db: LimberDatabase,
	shared: SharedEnrolment,
	at: string,
	change: (existing: SharingRow | undefined) => SharingRow | undefined
): Promise<void> {
	const identity = change(await db.sharing.get(shared.enrolment.id));
	if (identity === undefined) return;
	await db.sharing.put(identity);
	if (!identity.active) return;
	const state = await readState(db, shared.compiled, shared.enrolment);
	await queueRevisionFor(db, { ...shared, snapshot: state.snapshot, identity, at });
}
