/**
 * The two sign-in cookies and their attributes. Both are HttpOnly and SameSite=Strict; Secure
 * everywhere except plain http on the loopback address, where browsers would drop or refuse a
 * Secure cookie and where no network sees it (`npm start` on localhost, the end-to-end tests on
 * 127.0.0.1).
 */
import type { Cookies } from '@sveltejs/kit';
import { CHALLENGE_LIFETIME_MS } from './login-challenges.js';
import { SESSION_LIFETIME_MS } from './sessions.js';

/** The session cookie. */
export const SESSION_COOKIE = 'limber_session';
/** The login challenge cookie: only the sign-in page sees it. */
export const CHALLENGE_COOKIE = 'limber_login';
const CHALLENGE_PATH = '/commissioner/login';

type CookieOptions = Parameters<Cookies['set']>[2];

/** True for plain http on localhost or a loopback address. */
export function isLoopbackHttp(url: URL): boolean {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	return (
		url.protocol === 'http:' &&
		(host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host))
	);
}

function baseOptions(url: URL, path: string): CookieOptions {
	return { path, httpOnly: true, sameSite: 'strict', secure: !isLoopbackHttp(url) };
}

/** Sets the session cookie. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(SESSION_COOKIE, token, {
		...baseOptions(url, '/'),
		maxAge: Math.floor(SESSION_LIFETIME_MS / 1000)
	});
}

/** Removes the session cookie. */
export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, baseOptions(url, '/'));
}

/** Sets the login challenge cookie. */
export function setChallengeCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(CHALLENGE_COOKIE, token, {
		...baseOptions(url, CHALLENGE_PATH),
		maxAge: Math.floor(CHALLENGE_LIFETIME_MS / 1000)
	});
}

/** Removes the login challenge cookie. */
export function deleteChallengeCookie(cookies: Cookies, url: URL): void {
	cookies.delete(CHALLENGE_COOKIE, baseOptions(url, CHALLENGE_PATH));
}
