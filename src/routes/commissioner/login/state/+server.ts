/**
 * The sign-in page's state: where to go afterwards (a same-origin path only), which step to show
 * (the password, or the code once a password has been checked), and whether the person is
 * already signed in (the page then goes straight on). Fetched by the sign-in page's load; it
 * lives under /commissioner/login because the login challenge cookie is scoped to that path.
 */
import { json } from '@sveltejs/kit';
import { CHALLENGE_COOKIE } from '$lib/server/auth/cookies';
import { safeNextPath } from '$lib/server/auth/next-path';
import type { LoginStep } from '../+page.server';
import type { RequestHandler } from './$types';

/** The sign-in page's state. */
export interface LoginState {
	readonly next: string;
	readonly step: LoginStep;
	readonly isSignedOut: boolean;
	readonly isSignedIn: boolean;
}

export const GET: RequestHandler = ({ locals, url, cookies }) => {
	const state: LoginState = {
		next: safeNextPath(url.searchParams.get('next')),
		step: cookies.get(CHALLENGE_COOKIE) === undefined ? 'password' : 'code',
		isSignedOut: url.searchParams.has('signed-out'),
		isSignedIn: locals.principal !== undefined
	};
	return json(state);
};
