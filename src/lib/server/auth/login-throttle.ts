/**
 * Back-off after repeated failed sign-ins, per email address (known or not, so the back-off
 * itself never tells which addresses have accounts). The first few failures are free; after
 * that each failure locks the address for twice as long as the last, up to a ceiling. A
 * success clears the count. In memory: a restart forgets, which is acceptable for one server
 * process (argon2 already makes each guess slow).
 */

export interface LoginThrottleOptions {
	/** Failures allowed before the first lock. */
	readonly freeFailures?: number;
	/** The first lock. */
	readonly firstLockMs?: number;
	/** The longest lock. */
	readonly maxLockMs?: number;
	/** Addresses remembered at most; the oldest are forgotten first. */
	readonly maxEntries?: number;
}

interface Entry {
	failures: number;
	lockedUntil: number;
}

export class LoginThrottle {
	readonly #entries = new Map<string, Entry>();
	readonly #freeFailures: number;
	readonly #firstLockMs: number;
	readonly #maxLockMs: number;
	readonly #maxEntries: number;

	constructor(options: LoginThrottleOptions = {}) {
		this.#freeFailures = options.freeFailures ?? 5;
		this.#firstLockMs = options.firstLockMs ?? 60_000;
		this.#maxLockMs = options.maxLockMs ?? 15 * 60_000;
		this.#maxEntries = options.maxEntries ?? 10_000;
	}

	/** Milliseconds until `key` may try again; 0 when it may try now. */
	lockedFor(key: string, nowMs: number): number {
		const entry = this.#entries.get(key);
		return entry === undefined ? 0 : Math.max(0, entry.lockedUntil - nowMs);
	}

	/** Counts a failure; returns how long `key` is now locked for (0 while failures are free). */
	recordFailure(key: string, nowMs: number): number {
		const entry = this.#entries.get(key) ?? { failures: 0, lockedUntil: 0 };
		entry.failures += 1;
		const over = entry.failures - this.#freeFailures;
		if (over > 0) {
			const lockMs = Math.min(this.#maxLockMs, this.#firstLockMs * 2 ** Math.min(over - 1, 30));
			entry.lockedUntil = nowMs + lockMs;
		}
		// Re-insert so that Map order is least recently failed first.
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		if (this.#entries.size > this.#maxEntries) {
			const oldest = this.#entries.keys().next().value;
			if (oldest !== undefined) this.#entries.delete(oldest);
		}
		return this.lockedFor(key, nowMs);
	}

	/** Clears `key` after a successful sign-in. */
	recordSuccess(key: string): void {
		this.#entries.delete(key);
	}
}
