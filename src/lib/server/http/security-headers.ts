/**
 * Security headers on every response (issue C). Two paths reach the browser, and both get them:
 *
 * 1. Responses SvelteKit renders (endpoints, server-rendered pages, the not-found shell) pass
 *    through `securityHeaders`, the first handle in hooks.server.ts. It also marks the
 *    commissioner pages and the summary API `Cache-Control: no-store` (decision 10).
 * 2. Files adapter-node serves itself (the prerendered patient pages, `/_app/immutable/*`, the
 *    service worker, the manifest) never reach a handle. `applySecurityHeadersToStaticFiles`
 *    subscribes to Node's `http.server.request.start` diagnostics channel, which Node publishes
 *    for every request before any listener runs, and sets the same headers on the response
 *    there; a response that sets its own value later (SvelteKit's CSP header) replaces it.
 *
 * The page Content-Security-Policy itself is `kit.csp` in svelte.config.js: a header on
 * server-rendered pages, a `<meta http-equiv>` tag in prerendered ones. A meta tag cannot carry
 * `frame-ancestors`, so every response also gets `frame-ancestors 'none'` as a header here
 * (with `X-Frame-Options: DENY` for older browsers).
 */
import type { Handle } from '@sveltejs/kit';
import { subscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';

/** The headers every response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// Two years, as recommended for HSTS; browsers ignore it over plain http (local runs).
	'strict-transport-security': 'max-age=63072000; includeSubDomains',
	'x-content-type-options': 'nosniff',
	// Nothing goes to other sites. Not 'no-referrer': with it, browsers send `Origin: null` on
	// form posts, and SvelteKit's CSRF check then refuses the commissioner sign-in and sign-out.
	'referrer-policy': 'same-origin',
	// Limber uses none of these; no embedded script may ask for them either.
	'permissions-policy':
		'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

/** The CSP header of a response that has none of its own (a page's comes from kit.csp). */
export const FRAME_ANCESTORS_CSP = "frame-ancestors 'none'";

/** The CSP header of a non-HTML response (JSON, CSV): it may load nothing at all. */
export const DATA_RESPONSE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Whether a path's responses must never be stored by a browser, proxy or service worker. */
export function isNoStorePath(pathname: string): boolean {
	return /^\/commissioner(?:[/.]|$)/.test(pathname) || pathname.startsWith('/api/v1/summary');
}

/** The first handle: security headers and no-store on the responses SvelteKit makes. */
export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers: Record<string, string> = { ...SECURITY_HEADERS };
	if (!response.headers.has('content-security-policy')) {
		const contentType = response.headers.get('content-type') ?? '';
		headers['content-security-policy'] = contentType.startsWith('text/html')
			? FRAME_ANCESTORS_CSP
			: DATA_RESPONSE_CSP;
	}
	if (isNoStorePath(event.url.pathname)) headers['cache-control'] = 'no-store';
	return withHeaders(response, headers);
};

let subscribed = false;

/**
 * Sets the security headers on every response of every Node HTTP server in this process,
 * including the static files adapter-node serves without SvelteKit. Call once at start-up
 * (hooks.server.ts `init`); later calls do nothing.
 */
export function applySecurityHeadersToStaticFiles(): void {
	if (subscribed) return;
	subscribed = true;
	subscribe('http.server.request.start', (message) => {
		const { response } = message as { response: ServerResponse };
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
		response.setHeader('content-security-policy', FRAME_ANCESTORS_CSP);
	});
}

/** `response` with `headers` set; a response with immutable headers is copied first. */
function withHeaders(response: Response, headers: Record<string, string>): Response {
	try {
		for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
		return response;
	} catch {
		// Headers of a Response from fetch() are immutable; copy it (the body is streamed, not read).
		const copy = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
		return copy;
	}
}
