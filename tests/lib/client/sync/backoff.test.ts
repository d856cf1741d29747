import { describe, expect, it } from 'vitest';
import {
	backoffDelay,
	DEFAULT_BACKOFF,
	parseRetryAfter
} from '../../../../src/lib/client/sync/backoff.js';

const policy = { baseMs: 1000, capMs: 60_000, minMs: 100 };

describe('the backoff schedule', () => {
	it('doubles the ceiling with each failure up to the cap (random at its top)', () => {
		const top = () => 0.999999;
		const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((attempts) =>
			backoffDelay({ attempts, random: top, policy })
		);
		expect(delays).toEqual([999, 1999, 3999, 7999, 15_999, 31_999, 59_999, 59_999]);
	});

	it('draws uniformly below the ceiling (full jitter), never below the minimum', () => {
		expect(backoffDelay({ attempts: 4, random: () => 0.5, policy })).toBe(4000);
		expect(backoffDelay({ attempts: 4, random: () => 0, policy })).toBe(100);
	});

	it('never waits less than the server asked (Retry-After), nor more than the cap', () => {
		expect(backoffDelay({ attempts: 1, random: () => 0, retryAfterMs: 30_000, policy })).toBe(
			30_000
		);
		expect(backoffDelay({ attempts: 1, random: () => 0, retryAfterMs: 10 ** 9, policy })).toBe(
			60_000
		);
	});

	it('keeps the default cap at an hour, so weeks offline still retry hourly', () => {
		expect(backoffDelay({ attempts: 500, random: () => 0.999 })).toBeLessThanOrEqual(
			DEFAULT_BACKOFF.capMs
		);
		expect(DEFAULT_BACKOFF.capMs).toBe(3_600_000);
	});
});

describe('Retry-After', () => {
	const now = Date.parse('2026-11-23T10:00:00Z');
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('120', now)).toBe(120_000);
		expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
		expect(parseRetryAfter('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
	});

	it('ignores a missing or unreadable header', () => {
		expect(parseRetryAfter(null, now)).toBeUndefined();
		expect(parseRetryAfter('', now)).toBeUndefined();
		expect(parseRetryAfter('soon', now)).toBeUndefined();
	});
});
