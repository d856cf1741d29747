import { describe, expect, it } from 'vitest';
import {
	createRateLimiter,
	DEFAULT_RATE_LIMIT,
	parseRateLimit,
	rateLimiterFromEnv,
	UNLIMITED
} from '../../../../src/lib/server/http/rate-limit.js';

describe('the per-client rate limit', () => {
	it('allows a burst, refuses the next request with the wait, and refills over time', () => {
		let now = 0;
		const limiter = createRateLimiter({ requests: 3, perSeconds: 6 }, { now: () => now });
		expect([1, 2, 3].map(() => limiter.take('203.0.113.5').ok)).toEqual([true, true, true]);
		expect(limiter.take('203.0.113.5')).toEqual({ ok: false, retryAfterSeconds: 2 });
		now += 1_000;
		expect(limiter.take('203.0.113.5')).toEqual({ ok: false, retryAfterSeconds: 1 });
		now += 1_000;
		expect(limiter.take('203.0.113.5').ok).toBe(true);
		expect(limiter.take('203.0.113.5').ok).toBe(false);
	});

	it('keeps a separate bucket per client', () => {
		const limiter = createRateLimiter({ requests: 1, perSeconds: 60 }, { now: () => 0 });
		expect(limiter.take('203.0.113.5').ok).toBe(true);
		expect(limiter.take('203.0.113.5').ok).toBe(false);
		expect(limiter.take('203.0.113.6').ok).toBe(true);
	});

	it('forgets the least recently seen clients past its size (they start full again)', () => {
		const limiter = createRateLimiter(
			{ requests: 1, perSeconds: 60 },
			{ now: () => 0, maxClients: 2 }
		);
		expect(limiter.take('a').ok).toBe(true);
		expect(limiter.take('b').ok).toBe(true);
		expect(limiter.take('a').ok).toBe(false); // a is now the most recent
		expect(limiter.take('c').ok).toBe(true); // b is dropped
		expect(limiter.take('a').ok).toBe(false);
		expect(limiter.take('b').ok).toBe(true);
	});

	it('reads LIMBER_INGEST_RATE_LIMIT: default, off, requests/seconds, and says what is wrong', () => {
		expect(parseRateLimit(undefined)).toEqual({ ok: true, limit: DEFAULT_RATE_LIMIT });
		expect(parseRateLimit('off')).toEqual({ ok: true, limit: null });
		expect(parseRateLimit('600 / 60')).toEqual({
			ok: true,
			limit: { requests: 600, perSeconds: 60 }
		});
		for (const bad of ['fast', '0/60', '10/0', '10']) {
			const parsed = parseRateLimit(bad);
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.message).toContain(`"${bad}"`);
		}
		expect(rateLimiterFromEnv('off')).toBe(UNLIMITED);
		expect(() => rateLimiterFromEnv('fast')).toThrow(/LIMBER_INGEST_RATE_LIMIT/);
	});
});
