/**
 * Sign-in for commissioners and admins, in two steps on one page: email address and password,
 * then the 6-digit code from their authenticator app. Plain form actions, so it works without
 * JavaScript; `use:enhance` makes it smoother when JavaScript runs. Every failure message comes
 * from `describeLoginError`, and none says whether an address has an account.
 */
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import {
	CHALLENGE_COOKIE,
	deleteChallengeCookie,
	setChallengeCookie,
	setSessionCookie
} from '$lib/server/auth/cookies';
import { describeLoginError, serverLogin } from '$lib/server/auth/login';
import { safeNextPath } from '$lib/server/auth/next-path';
import type { Actions } from './$types';

/** Which step the page shows. */
export type LoginStep = 'password' | 'code';

/** What a failed action sends back to the page. */
export interface LoginFailure {
	readonly step: LoginStep;
	readonly field: 'email' | 'password' | 'code';
	readonly message: string;
	/** The address typed, so it need not be typed again (never the password). */
	readonly email: string;
	/**
	 * Where to go after signing in. Without JavaScript the failed post's page has the action's
	 * address (`?/password`), not `?next=`, so the form carries it on from here.
	 */
	readonly next: string;
}

function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** The sign-in page again, keeping `next`. */
function loginPath(next: string): string {
	return `/commissioner/login?next=${encodeURIComponent(next)}`;
}

function failure(status: number, failed: LoginFailure) {
	return fail(status, failed);
}

function forgetChallenge(cookies: Cookies, url: URL): void {
	deleteChallengeCookie(cookies, url);
}

export const actions: Actions = {
	password: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const email = text(form, 'email').trim();
		const password = text(form, 'password');
		const next = safeNextPath(text(form, 'next'));
		if (email === '') {
			return failure(400, {
				step: 'password',
				field: 'email',
				message: 'Enter your email address.',
				email,
				next
			});
		}
		if (password === '') {
			return failure(400, {
				step: 'password',
				field: 'password',
				message: 'Enter your password.',
				email,
				next
			});
		}
		const result = await serverLogin.checkPassword({ email, password });
		if (!result.ok) {
			const described = describeLoginError(result.error);
			return failure(described.status, {
				step: 'password',
				field: described.field,
				message: described.message,
				email,
				next
			});
		}
		setChallengeCookie(cookies, url, result.challengeToken);
		// Post/redirect/get: reloading the code step never resends the password.
		redirect(303, loginPath(next));
	},

	code: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const code = text(form, 'code').replace(/[\s-]/g, '');
		const next = safeNextPath(text(form, 'next'));
		const challengeToken = cookies.get(CHALLENGE_COOKIE);
		if (challengeToken === undefined) {
			const described = describeLoginError({ kind: 'challenge-expired' });
			return failure(described.status, {
				step: 'password',
				field: described.field,
				message: described.message,
				email: '',
				next
			});
		}
		if (!/^\d{6}$/.test(code)) {
			return failure(400, {
				step: 'code',
				field: 'code',
				message:
					code === ''
						? 'Enter the 6-digit code from your authenticator app.'
						: 'The code must be 6 digits, like 123456.',
				email: '',
				next
			});
		}
		const result = await serverLogin.checkCode({ challengeToken, code });
		if (!result.ok) {
			const described = describeLoginError(result.error);
			if (described.step === 'password') forgetChallenge(cookies, url);
			return failure(described.status, {
				step: described.step,
				field: described.field,
				message: described.message,
				email: '',
				next
			});
		}
		forgetChallenge(cookies, url);
		setSessionCookie(cookies, url, result.sessionToken);
		redirect(303, next);
	},

	restart: async ({ request, cookies, url }) => {
		const form = await request.formData();
		forgetChallenge(cookies, url);
		redirect(303, loginPath(safeNextPath(text(form, 'next'))));
	}
};
