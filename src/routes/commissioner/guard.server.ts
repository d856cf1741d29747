/**
 * The one check every guarded commissioner load and endpoint makes: a signed-in principal, or a
 * redirect to sign in that brings the person back to the same address afterwards.
 */
import { redirect } from '@sveltejs/kit';
import type { Principal } from '$lib/server/auth/principal';

/** The principal on the request, or a 303 to `/commissioner/login?next=<path and query>`. */
export function requirePrincipal(locals: App.Locals, url: URL): Principal {
	const principal = locals.principal;
	if (principal === undefined) {
		redirect(303, `/commissioner/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return principal;
}
