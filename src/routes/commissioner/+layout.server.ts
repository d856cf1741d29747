/**
 * The commissioner area's guard: every page under /commissioner needs a signed-in principal,
 * except the sign-in and sign-out pages themselves. Someone who is not signed in is sent to
 * sign in and brought back to the same address (filters included) afterwards.
 */
import { findUserById } from '$lib/server/auth/users';
import { serverDatabase } from '$lib/server/runtime';
import { localityName } from './catalogue.server';
import { requirePrincipal } from './guard.server';
import type { LayoutServerLoad } from './$types';

/** Pages under /commissioner that must work without a session. */
const OPEN_PATHS = ['/commissioner/login', '/commissioner/logout'] as const;

/** What the layout's header shows about who is signed in. */
interface SignedIn {
	/** The account's email address; undefined for an API token (a BI tool). */
	readonly email: string | undefined;
	readonly role: 'commissioner' | 'admin';
	/** The names of the localities this person may see, or 'all'. */
	readonly localityNames: readonly string[] | 'all';
}

export const load: LayoutServerLoad = async ({ locals, url, setHeaders }) => {
	// The sign-in pages set their own headers (SvelteKit refuses a header set twice).
	if (isOpenPath(url.pathname)) return { signedIn: null };
	// Summaries must never sit in a browser or proxy cache (the hook also sets this).
	setHeaders({ 'cache-control': 'no-store' });
	const principal = requirePrincipal(locals, url);
	const user =
		principal.kind === 'session'
			? await findUserById((await serverDatabase()).db, principal.id)
			: undefined;
	const signedIn: SignedIn = {
		email: user?.email,
		role: principal.role,
		localityNames: principal.localities === 'all' ? 'all' : principal.localities.map(localityName)
	};
	return { signedIn };
};

function isOpenPath(pathname: string): boolean {
	return OPEN_PATHS.some((open) => pathname === open || pathname.startsWith(`${open}/`));
}
