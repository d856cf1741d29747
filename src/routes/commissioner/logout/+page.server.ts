/**
 * Signing out: a POST (the header's "Sign out" button) ends the session in the database and
 * removes the cookie, then shows the sign-in page. A GET only shows a button that posts, so a
 * link or a prefetch can never sign anyone out.
 */
import { redirect } from '@sveltejs/kit';
import { SESSION_COOKIE, deleteSessionCookie } from '$lib/server/auth/cookies';
import { deleteSession } from '$lib/server/auth/sessions';
import { serverDatabase } from '$lib/server/runtime';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ cookies, url }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token !== undefined) await deleteSession((await serverDatabase()).db, token);
		deleteSessionCookie(cookies, url);
		redirect(303, '/commissioner/login?signed-out=1');
	}
};
