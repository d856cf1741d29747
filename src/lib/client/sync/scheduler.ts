/**
 * When the outbox sync runs in the app: on start, when the phone comes back online, when the app
 * comes back into view, whenever the outbox changes (a save queued a record, the patient asked to
 * withdraw), and at the earliest stored retry time (`nextAttemptAt` is in the database, so the
 * schedule survives reloads and weeks offline). One pass at a time per tab, and one tab at a time
 * (Web Locks, where the browser has them), so a revision is not sent twice at once. Loaded
 * lazily by the app state: it is not part of the first screen.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { LimberDatabase } from '../db/database.js';
import { findNextAttemptAt, readSendableRecordIds } from '../db/outbox.js';
import { syncOutbox, type SyncDependencies } from './outbox.js';

/** setTimeout's largest delay; a longer wait is taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface OutboxScheduler {
	/** Runs a pass now (or right after the one running). */
	readonly kick: () => void;
	/** Resolves when no pass is running or due to run straight away (tests). */
	readonly idle: () => Promise<void>;
	readonly stop: () => void;
}

/** Starts the sync for this tab. `now` is the app's clock (Playwright moves it in tests). */
export function startOutboxScheduler(input: {
	db: LimberDatabase;
	now: () => Date;
	fetch?: typeof fetch;
	origin?: string;
}): OutboxScheduler {
	const deps: SyncDependencies = {
		db: input.db,
		fetch: input.fetch ?? ((url, init) => fetch(url, init)),
		now: () => input.now().getTime(),
		random: Math.random,
		origin: input.origin ?? location.origin
	};
	let running: Promise<void> | undefined;
	let again = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;

	const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

	const pass = async (): Promise<void> => {
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		if (locks === undefined) {
			await syncOutbox(deps);
			return;
		}
		// Another tab holding the lock is syncing the same outbox: it will send these rows.
		await locks.request('limber-outbox-sync', { ifAvailable: true }, async (lock) => {
			if (lock !== null) await syncOutbox(deps);
		});
	};

	const schedule = async (): Promise<void> => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		if (stopped) return;
		const next = await findNextAttemptAt(input.db, await readSendableRecordIds(input.db));
		if (next === undefined || stopped) return;
		const wait = Math.min(MAX_TIMER_MS, Math.max(0, next - deps.now()));
		timer = setTimeout(kick, wait);
	};

	function kick(): void {
		if (stopped) return;
		if (running !== undefined) {
			again = true;
			return;
		}
		running = (async () => {
			do {
				again = false;
				try {
					// Offline, nothing can go: the `online` event starts the next pass.
					if (isOffline()) return;
					await pass();
				} catch {
					// A storage failure (closed database, full disk) leaves the rows as they are;
					// the next trigger tries again.
				}
			} while (again && !stopped);
			try {
				await schedule();
			} catch {
				// As above.
			}
		})().finally(() => {
			running = undefined;
		});
	}

	const onVisible = () => {
		if (document.visibilityState === 'visible') kick();
	};
	addEventListener('online', kick);
	document.addEventListener('visibilitychange', onVisible);
	// Rows added or removed (here or in another tab), or sharing turned on: look again.
	let watch: Subscription | undefined = liveQuery(async () => {
		const [keys, settings] = await Promise.all([
			input.db.outbox.toCollection().primaryKeys(),
			input.db.settings.get('preferences')
		]);
		return JSON.stringify([keys, settings?.value]);
	}).subscribe({
		next: () => kick(),
		error: () => {
			// A closed database is reported by the app state.
		}
	});
	kick();

	return {
		kick,
		idle: async () => {
			while (running !== undefined) await running;
		},
		stop: () => {
			stopped = true;
			if (timer !== undefined) clearTimeout(timer);
			removeEventListener('online', kick);
			document.removeEventListener('visibilitychange', onVisible);
			watch?.unsubscribe();
			watch = undefined;
		}
	};
}
