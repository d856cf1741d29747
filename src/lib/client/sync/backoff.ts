/**
 * How long to wait before trying the server again: exponential backoff with full jitter (a
 * random wait between zero and a ceiling that doubles with each failure, up to a cap), so phones
 * that all lost the server at once do not all come back at once.
 */

export interface BackoffPolicy {
	/** The ceiling after the first failure. */
	readonly baseMs: number;
	/** The ceiling never grows past this. */
	readonly capMs: number;
	/** The shortest wait, so a random draw near zero cannot make the sync spin. */
	readonly minMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
	baseMs: 10_000,
	capMs: 60 * 60 * 1000,
	minMs: 1_000
};

/**
 * The wait after the `attempts`-th failure in a row (1, 2, 3, ...): uniform in
 * [minMs, min(capMs, baseMs * 2^(attempts-1))], and never less than the server's Retry-After.
 */
export function backoffDelay(input: {
	attempts: number;
	random: () => number;
	retryAfterMs?: number;
	policy?: BackoffPolicy;
}): number {
	const policy = input.policy ?? DEFAULT_BACKOFF;
	const exponent = Math.min(Math.max(input.attempts, 1) - 1, 30);
	const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
	const jittered = Math.max(policy.minMs, Math.floor(input.random() * ceiling));
	return Math.min(policy.capMs, Math.max(jittered, input.retryAfterMs ?? 0));
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds from `now`, if it has one. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
	if (header === null || header.trim() === '') return undefined;
	if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
	const date = Date.parse(header);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
