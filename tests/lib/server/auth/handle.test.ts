import type { RequestEvent } from '@sveltejs/kit';
import { expect, it } from 'vitest';
import { createApiToken, revokeApiToken } from '../../../../src/lib/server/auth/api-tokens.js';
import { SESSION_COOKIE } from '../../../../src/lib/server/auth/cookies.js';
import { createAuthHandle } from '../../../../src/lib/server/auth/handle.js';
import type { Principal } from '../../../../src/lib/server/auth/principal.js';
import { SESSION_LIFETIME_MS, createSession } from '../../../../src/lib/server/auth/sessions.js';
import { createUser } from '../../../../src/lib/server/auth/users.js';
import { describeEachEngine } from '../databases.js';

const NOW = new Date('2026-11-23T09:00:00Z');

/** Runs the handle for a request with these cookies and headers; returns the principal. */
async function principalFor(
	handle: ReturnType<typeof createAuthHandle>,
	request: { cookies?: Record<string, string>; headers?: Record<string, string> }
): Promise<Principal | undefined> {
	const locals: App.Locals = {};
	const event = {
		locals,
		request: new Request('http://127.0.0.1/api/v1/summary', { headers: request.headers }),
		cookies: { get: (name: string) => request.cookies?.[name] }
	} as unknown as RequestEvent;
	let resolved = false;
	await handle({
		event,
		resolve: (resolvedEvent: RequestEvent) => {
			resolved = resolvedEvent === event;
			return Promise.resolve(new Response('ok'));
		}
	});
	expect(resolved).toBe(true);
	return locals.principal;
}

describeEachEngine('the auth handle', (database) => {
	let opened = 0;
	const handle = (now = NOW) =>
		createAuthHandle({
			database: () => {
				opened += 1;
				return Promise.resolve(database().db);
			},
			now: () => now
		});

	async function user(email: string) {
		const created = await createUser(database().db, {
			email,
			password: 'correct horse battery staple',
			scope: { role: 'commissioner', localities: ['example-cardiff'] },
			now: NOW
		});
		if (!created.ok) throw new Error(created.error);
		return created.user;
	}

	it('signs in the holder of a live session cookie', async () => {
		const account = await user('cookie@example.org');
		const session = await createSession(database().db, { userId: account.id, now: NOW });
		expect(await principalFor(handle(), { cookies: { [SESSION_COOKIE]: session.token } })).toEqual({
			kind: 'session',
			id: account.id,
			role: 'commissioner',
			localities: ['example-cardiff']
		});
		const expired = handle(new Date(NOW.getTime() + SESSION_LIFETIME_MS));
		expect(
			await principalFor(expired, { cookies: { [SESSION_COOKIE]: session.token } })
		).toBeUndefined();
	});

	it('signs in a BI tool with a live bearer token, in any case of "Bearer"', async () => {
		const made = await createApiToken(database().db, {
			scope: { role: 'admin', localities: [] },
			label: 'Tableau',
			now: NOW
		});
		for (const scheme of ['Bearer', 'bearer']) {
			expect(
				await principalFor(handle(), { headers: { authorization: `${scheme} ${made.token}` } })
			).toEqual({ kind: 'token', id: made.id, role: 'admin', localities: 'all' });
		}
		await revokeApiToken(database().db, made.id);
		expect(
			await principalFor(handle(), { headers: { authorization: `Bearer ${made.token}` } })
		).toBeUndefined();
	});

	it('falls back to the bearer token when the cookie is stale', async () => {
		const made = await createApiToken(database().db, {
			scope: { role: 'commissioner', localities: ['example-leeds'] },
			label: '',
			now: NOW
		});
		expect(
			await principalFor(handle(), {
				cookies: { [SESSION_COOKIE]: 'q'.repeat(43) },
				headers: { authorization: `Bearer ${made.token}` }
			})
		).toMatchObject({ kind: 'token', id: made.id });
	});

	it('leaves anonymous requests and wrong credentials without a principal, and opens no database for anonymous ones', async () => {
		opened = 0;
		expect(await principalFor(handle(), {})).toBeUndefined();
		expect(opened).toBe(0);
		expect(
			await principalFor(handle(), { headers: { authorization: 'Basic dXNlcjpwYXNz' } })
		).toBeUndefined();
		expect(
			await principalFor(handle(), { headers: { authorization: 'Bearer not-a-token' } })
		).toBeUndefined();
		expect(
			await principalFor(handle(), { cookies: { [SESSION_COOKIE]: 'garbage' } })
		).toBeUndefined();
	});
});
