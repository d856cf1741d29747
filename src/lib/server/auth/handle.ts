/**
 * The auth handle: sets `event.locals.principal` from a live session cookie or, failing that,
 * from `Authorization: Bearer <API token>`. Either is enough; neither is required. An invalid
 * credential just leaves no principal (pages redirect to sign-in, endpoints answer 401). The
 * database is opened only when a request carries a credential, so anonymous requests cost
 * nothing.
 */
import type { Handle, RequestEvent } from '@sveltejs/kit';
import type { Database } from '../db/connection.js';
import { serverDatabase } from '../runtime.js';
import { findTokenPrincipal } from './api-tokens.js';
import { SESSION_COOKIE } from './cookies.js';
import type { Principal } from './principal.js';
import { findSessionPrincipal } from './sessions.js';

/** Builds the handle over a database (tests pass their own). */
export function createAuthHandle(options: {
	database: () => Promise<Database>;
	now?: () => Date;
}): Handle {
	const now = options.now ?? (() => new Date());
	return async ({ event, resolve }) => {
		const principal = await authenticate(event, options.database, now());
		if (principal !== undefined) event.locals.principal = principal;
		return resolve(event);
	};
}

/** The handle for the running server: `sequence(..., authHandle)` in hooks.server.ts. */
export const authHandle: Handle = createAuthHandle({
	database: async () => (await serverDatabase()).db
});

async function authenticate(
	event: Pick<RequestEvent, 'cookies' | 'request'>,
	database: () => Promise<Database>,
	now: Date
): Promise<Principal | undefined> {
	const sessionToken = event.cookies.get(SESSION_COOKIE);
	if (sessionToken !== undefined) {
		const principal = await findSessionPrincipal(await database(), { token: sessionToken, now });
		if (principal !== undefined) return principal;
	}
	const bearer = /^Bearer[ ]+(\S+)$/i.exec(event.request.headers.get('authorization') ?? '')?.[1];
	if (bearer !== undefined) return findTokenPrincipal(await database(), bearer);
	return undefined;
}
