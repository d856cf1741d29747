import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../../../src/lib/server/auth/login-throttle.js';

describe('the sign-in throttle', () => {
	it('lets the first five failures through, then locks for a minute, doubling each time up to 15 minutes', () => {
		const throttle = new LoginThrottle();
		const locks = Array.from({ length: 10 }, () => throttle.recordFailure('ann@example.nhs.uk', 0));
		expect(locks).toEqual([0, 0, 0, 0, 0, 60_000, 120_000, 240_000, 480_000, 900_000]);
		expect(throttle.lockedFor('ann@example.nhs.uk', 899_000)).toBe(1_000);
		expect(throttle.lockedFor('ann@example.nhs.uk', 900_000)).toBe(0);
	});

	it('counts each address on its own, and forgets an address after a success', () => {
		const throttle = new LoginThrottle({ freeFailures: 1 });
		throttle.recordFailure('ann@example.nhs.uk', 0);
		expect(throttle.recordFailure('ann@example.nhs.uk', 0)).toBe(60_000);
		expect(throttle.lockedFor('bob@example.nhs.uk', 0)).toBe(0);
		throttle.recordSuccess('ann@example.nhs.uk');
		expect(throttle.lockedFor('ann@example.nhs.uk', 0)).toBe(0);
		expect(throttle.recordFailure('ann@example.nhs.uk', 0)).toBe(0);
	});

	it('remembers a bounded number of addresses, forgetting the longest-quiet first', () => {
		const throttle = new LoginThrottle({ freeFailures: 0, maxEntries: 2 });
		throttle.recordFailure('a@x.uk', 0);
		throttle.recordFailure('b@x.uk', 0);
		throttle.recordFailure('a@x.uk', 0);
		throttle.recordFailure('c@x.uk', 0);
		expect(throttle.lockedFor('b@x.uk', 0)).toBe(0);
		expect(throttle.lockedFor('a@x.uk', 0)).toBeGreaterThan(0);
		expect(throttle.lockedFor('c@x.uk', 0)).toBeGreaterThan(0);
	});
});
