/**
 * The consent gate's switches that need no engine: turning sharing off, withdrawing what was
 * shared, and reading where sharing stands for Settings. Turning sharing on, and changing the
 * answers, build a record, so they live in sharing-consent.ts with the engine.
 */
import type { LimberDatabase } from './database.js';
import { loadSettings, parseSettings, type Settings } from './settings.js';
import { withdrawalKey, type OutboxWithdrawalRow, type SharingRow } from './sharing-rows.js';
import { attempt, type StorageResult } from './storage-error.js';

const SETTINGS_KEY = 'preferences';

/**
 * Turns sharing off: nothing more is queued, and nothing already queued is sent (the outbox keeps
 * it in case the patient turns sharing back on). The identities stay, so the patient can still
 * withdraw what reached the server. One transaction; returns the saved settings.
 */
export function stopSharing(db: LimberDatabase): Promise<StorageResult<Settings>> {
	return attempt(() =>
		db.transaction('rw', db.settings, db.sharing, async () => {
			const settings = await writeShareSetting(db, false);
			await db.sharing.toCollection().modify((row: { active: boolean }) => {
				row.active = false;
			});
			return settings;
		})
	);
}

/**
 * Withdraws everything shared from this phone: each record still waiting is dropped, a
 * withdrawal is queued for each record that may have reached the server, and the identities are
 * deleted, so sharing again starts a new, unlinkable record. Sharing is turned off in the same
 * transaction. Returns how many withdrawals were queued.
 */
export function withdrawSharedRecords(
	db: LimberDatabase,
	input: { at: string }
): Promise<StorageResult<{ settings: Settings; withdrawals: number }>> {
	return attempt(() =>
		db.transaction('rw', db.settings, db.sharing, db.outbox, async () => {
			const settings = await writeShareSetting(db, false);
			const identities = await db.sharing.toArray();
			// Anything ever queued may have been sent (a reply can be lost), so its withdrawal is
			// sent too; the server answers the same for a record it never had.
			const withdrawals: OutboxWithdrawalRow[] = identities
				.filter((identity) => identity.revision > 0)
				.map((identity) => ({
					kind: 'withdrawal',
					key: withdrawalKey(identity.recordId),
					recordId: identity.recordId,
					withdrawToken: identity.withdrawToken,
					queuedAt: input.at,
					attempts: 0,
					nextAttemptAt: 0
				}));
			const recordIds = identities.map((identity) => identity.recordId);
			await db.outbox
				.where('recordId')
				.anyOf(recordIds)
				.and((row) => row.kind === 'record')
				.delete();
			await db.outbox.bulkPut(withdrawals);
			await db.sharing.clear();
			return { settings, withdrawals: withdrawals.length };
		})
	);
}

/** Where sharing stands, for Settings and the sync status. */
export interface SharingOverview {
	readonly isOn: boolean;
	/** Record revisions waiting to be sent (refused ones not included). */
	readonly waiting: number;
	/** Withdrawals waiting to be sent (refused ones not included). */
	readonly withdrawals: number;
	/** Rows the server refused (a bug, or a withdraw token it did not accept). */
	readonly refused: number;
	/** Whether anything was ever queued from a record that can still be withdrawn. */
	readonly canWithdraw: boolean;
	/** The identity of each enrolment (for the answers shown in Settings). */
	readonly identities: readonly SharingRow[];
}

/** Reads the sharing overview in one read transaction (liveQuery-friendly). */
export function readSharingOverview(db: LimberDatabase): Promise<SharingOverview> {
	return db.transaction('r', db.settings, db.sharing, db.outbox, async () => {
		const [settings, identities, rows] = await Promise.all([
			loadSettings(db),
			db.sharing.toArray(),
			db.outbox.toArray()
		]);
		const open = rows.filter((row) => row.refused === undefined);
		return {
			isOn: settings.shareOutcomes,
			waiting: open.filter((row) => row.kind === 'record').length,
			withdrawals: open.filter((row) => row.kind === 'withdrawal').length,
			refused: rows.length - open.length,
			canWithdraw: identities.some((identity) => identity.revision > 0),
			identities
		};
	});
}

/** Sets `shareOutcomes` in the stored settings; inside the caller's transaction. */
export async function writeShareSetting(db: LimberDatabase, on: boolean): Promise<Settings> {
	const stored = await db.settings.get(SETTINGS_KEY);
	const settings: Settings = { ...parseSettings(stored?.value), shareOutcomes: on };
	await db.settings.put({ key: SETTINGS_KEY, value: settings });
	return settings;
}
