/**
 * The outbox repository: what the sync reads and writes, each change in one `rw` transaction.
 * Rows are queued by outcome-queue.ts (records, in the transaction of the event that changed
 * them) and sharing.ts (withdrawals); the sync in ../sync/outbox.ts sends them.
 */
import type { LimberDatabase } from './database.js';
import type { OutboxRecordRow, OutboxRow } from './sharing-rows.js';

/** Rows the server has not refused whose time has come (`now` in epoch milliseconds). */
export async function listDueRows(db: LimberDatabase, now: number): Promise<OutboxRow[]> {
	const rows = await db.outbox.toArray();
	return rows
		.filter((row) => row.refused === undefined && row.nextAttemptAt <= now)
		.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.key.localeCompare(b.key));
}

/**
 * Which records may be sent now: the ids of the active sharing identities, or none at all while
 * the sharing setting is off (then only withdrawals leave the phone).
 */
export function readSendableRecordIds(db: LimberDatabase): Promise<ReadonlySet<string>> {
	return db.transaction('r', db.settings, db.sharing, async () => {
		const preferences = await db.settings.get('preferences');
		const isOn = (preferences?.value as { shareOutcomes?: unknown } | undefined)?.shareOutcomes;
		if (isOn !== true) return new Set<string>();
		const identities = await db.sharing.toArray();
		return new Set(identities.filter((i) => i.active).map((i) => i.recordId));
	});
}

/**
 * The server accepted these revisions: their rows go (each revision is sent once) and each
 * identity remembers the newest revision the server has.
 */
export function markRecordsSent(
	db: LimberDatabase,
	rows: readonly OutboxRecordRow[]
): Promise<void> {
	return db.transaction('rw', db.outbox, db.sharing, async () => {
		await db.outbox.bulkDelete(rows.map((row) => row.key));
		const identities = await db.sharing
			.where('recordId')
			.anyOf(rows.map((r) => r.recordId))
			.toArray();
		for (const identity of identities) {
			const sent = Math.max(
				identity.sentRevision,
				...rows.filter((r) => r.recordId === identity.recordId).map((r) => r.revision)
			);
			if (sent !== identity.sentRevision) await db.sharing.put({ ...identity, sentRevision: sent });
		}
	});
}

/** Deletes rows by key (a confirmed withdrawal, or revisions a newer one replaces). */
export async function deleteOutboxRows(db: LimberDatabase, keys: readonly string[]): Promise<void> {
	await db.outbox.bulkDelete([...keys]);
}

/**
 * A transient failure (no network, 5xx, 429): each row is tried again after `delayFor(attempts)`
 * milliseconds, where `attempts` counts its failures so far, this one included.
 */
export function postponeRows(
	db: LimberDatabase,
	input: { keys: readonly string[]; now: number; delayFor: (attempts: number) => number }
): Promise<void> {
	return db.transaction('rw', db.outbox, async () => {
		const rows = await db.outbox.bulkGet([...input.keys]);
		const updated = rows.flatMap((row) => {
			if (row === undefined) return [];
			const attempts = row.attempts + 1;
			return [{ ...row, attempts, nextAttemptAt: input.now + input.delayFor(attempts) }];
		});
		await db.outbox.bulkPut(updated);
	});
}

/** The server refused a row in a way a retry cannot fix: keep it, never retry it, say why. */
export function markRowRefused(
	db: LimberDatabase,
	input: { key: string; status: number; reason: string; at: string }
): Promise<void> {
	return db.transaction('rw', db.outbox, async () => {
		const row = await db.outbox.get(input.key);
		if (row === undefined) return;
		await db.outbox.put({
			...row,
			refused: { status: input.status, reason: input.reason, at: input.at }
		});
	});
}

/**
 * When the sync should next look at the outbox: the earliest retry time among rows it may send
 * (withdrawals always, records only in `sendable`), or undefined when there are none.
 */
export async function findNextAttemptAt(
	db: LimberDatabase,
	sendable: ReadonlySet<string>
): Promise<number | undefined> {
	const rows = await db.outbox.toArray();
	const times = rows
		.filter(
			(row) =>
				row.refused === undefined && (row.kind === 'withdrawal' || sendable.has(row.recordId))
		)
		.map((row) => row.nextAttemptAt);
	return times.length === 0 ? undefined : Math.min(...times);
}
