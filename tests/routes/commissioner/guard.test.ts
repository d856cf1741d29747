import { isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/lib/server/auth/principal.js';
import { requirePrincipal } from '../../../src/routes/commissioner/guard.server.js';

const PRINCIPAL: Principal = {
	kind: 'session',
	id: 'user-1',
	role: 'commissioner',
	localities: ['example-leeds']
};

function thrownBy(action: () => unknown): unknown {
	try {
		action();
	} catch (error) {
		return error;
	}
	return undefined;
}

describe('the commissioner guard', () => {
	it('lets a signed-in principal through', () => {
		const url = new URL('http://localhost/commissioner');
		expect(requirePrincipal({ principal: PRINCIPAL }, url)).toBe(PRINCIPAL);
	});

	it('sends anyone else to sign in with a 303, keeping the path and filters to come back to', () => {
		const url = new URL('http://localhost/commissioner?from=2026-01&to=2026-03&by=sex');
		const thrown = thrownBy(() => requirePrincipal({}, url));
		expect(isRedirect(thrown)).toBe(true);
		expect(thrown).toMatchObject({
			status: 303,
			location: `/commissioner/login?next=${encodeURIComponent('/commissioner?from=2026-01&to=2026-03&by=sex')}`
		});
	});
});
