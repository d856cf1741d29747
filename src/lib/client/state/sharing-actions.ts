/**
 * The patient's sharing choices as app actions: turn sharing on (with their answers), change the
 * answers, turn it off, withdraw everything shared. Each is one transaction in the database layer
 * and then updates the app's settings. Loaded with the Privacy page, not with the first screen.
 */
import type { SharingAnswers } from '../db/sharing-rows.js';
import type { StorageResult } from '../db/storage-error.js';
import type { AppState } from './app.svelte.js';

/**
 * Turns sharing on with the patient's answers: the active enrolment's current record is queued
 * in the same transaction, and every later save queues its revisions.
 */
export async function startSharing(
	app: AppState,
	answers: SharingAnswers
): Promise<StorageResult<void>> {
	const { startSharing: start } = await import('../db/sharing-consent.js');
	const session = app.session;
	const saved = await start(app.db, {
		active:
			session === undefined
				? undefined
				: { compiled: session.compiled, enrolment: session.enrolment },
		answers,
		at: app.now().toISOString()
	});
	if (!saved.ok) return saved;
	await app.applySettings(saved.value);
	return { ok: true, value: undefined };
}

/** Saves changed sharing answers; while sharing is on, the record's new revision is queued. */
export async function reviseSharingAnswers(
	app: AppState,
	answers: SharingAnswers
): Promise<StorageResult<void>> {
	const session = app.session;
	if (session === undefined) return { ok: true, value: undefined };
	const { reviseSharingAnswers: revise } = await import('../db/sharing-consent.js');
	return revise(app.db, {
		compiled: session.compiled,
		enrolment: session.enrolment,
		answers,
		at: app.now().toISOString()
	});
}

/** Turns sharing off: nothing more is queued or sent (withdrawals excepted). */
export async function stopSharing(app: AppState): Promise<StorageResult<void>> {
	const { stopSharing: stop } = await import('../db/sharing.js');
	const saved = await stop(app.db);
	if (!saved.ok) return saved;
	await app.applySettings(saved.value);
	return { ok: true, value: undefined };
}

/**
 * Withdraws everything shared from this phone (and turns sharing off): the sync deletes each
 * record from the server until the server confirms. Returns how many withdrawals were queued.
 */
export async function withdrawSharing(app: AppState): Promise<StorageResult<number>> {
	const { withdrawSharedRecords } = await import('../db/sharing.js');
	const saved = await withdrawSharedRecords(app.db, { at: app.now().toISOString() });
	if (!saved.ok) return saved;
	await app.applySettings(saved.value.settings);
	return { ok: true, value: saved.value.withdrawals };
}
