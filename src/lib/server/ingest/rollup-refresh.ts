/**
 * Refreshing the rollups after ingest, off the request path: the keys an ingest or withdrawal
 * changed are queued, and one refresh at a time (per database) redoes every key queued so far.
 * Under load, requests that arrive while a refresh runs share the next one, so the rollup work
 * grows with the number of distinct keys touched, not with the number of requests.
 *
 * A refresh that fails (the database briefly down) puts its keys back for the next one and is
 * reported once on stderr, without any request detail.
 */
import type { ServerDatabase } from '../db/connection.js';
import { refreshRollups, type RollupKey } from '../summaries/rollups.js';

/** How long a refresh waits after the first key is queued, to gather a burst's keys. */
export const REFRESH_DEBOUNCE_MS = 25;

/**
 * Under sustained ingest, the pause between one refresh and the next: the refresh shares the
 * database (on PGlite, its one connection) with the inserts, so back-to-back refreshes would
 * starve them. Summaries are then at most about a second plus one refresh behind.
 */
export const REFRESH_INTERVAL_MS = 1000;

type Refresh = (database: ServerDatabase, keys: readonly RollupKey[]) => Promise<void>;

interface Queue {
	readonly pending: Map<string, RollupKey>;
	running: Promise<void> | undefined;
}

const queues = new WeakMap<ServerDatabase, Queue>();

/** Queues a refresh of `keys`; it starts at once unless one is running (then it runs next). */
export function queueRollupRefresh(
	database: ServerDatabase,
	keys: readonly RollupKey[],
	refresh: Refresh = refreshRollups
): void {
	if (keys.length === 0) return;
	const queue = queueFor(database);
	for (const key of keys) queue.pending.set(keyId(key), key);
	queue.running ??= drain(database, queue, refresh);
}

/** Resolves when every refresh queued so far has run (tests, shutdown, benchmarks). */
export async function settleRollupRefresh(database: ServerDatabase): Promise<void> {
	const queue = queues.get(database);
	while (queue?.running !== undefined) await queue.running;
}

function queueFor(database: ServerDatabase): Queue {
	let queue = queues.get(database);
	if (queue === undefined) {
		queue = { pending: new Map(), running: undefined };
		queues.set(database, queue);
	}
	return queue;
}

async function drain(database: ServerDatabase, queue: Queue, refresh: Refresh): Promise<void> {
	// Debounce: let the request that queued the keys answer first, and the requests of a burst
	// arriving just behind it share this refresh.
	await new Promise((resolve) => setTimeout(resolve, REFRESH_DEBOUNCE_MS));
	try {
		for (let round = 0; queue.pending.size > 0; round++) {
			if (round > 0) await new Promise((resolve) => setTimeout(resolve, REFRESH_INTERVAL_MS));
			const keys = [...queue.pending.values()];
			queue.pending.clear();
			try {
				await refresh(database, keys);
			} catch (error) {
				for (const key of keys) queue.pending.set(keyId(key), key);
				console.error(
					`Rollup refresh failed; it will be retried after the next ingest: ${describeError(error)}`
				);
				return;
			}
		}
	} finally {
		queue.running = undefined;
	}
}

function keyId(key: RollupKey): string {
	return JSON.stringify([key.month, key.locality, key.pathwayId]);
}

/** The error's kind and message (database errors carry no request detail or personal data). */
function describeError(error: unknown): string {
	if (!(error instanceof Error)) return 'unknown error';
	const code = (error as { code?: unknown }).code;
	return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`;
}
