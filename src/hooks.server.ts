/**
 * The server's hooks: security headers first (so every response gets them, including the
 * auth handle's redirects and errors), then authentication, which sets `event.locals.principal`.
 * `init` also puts the headers on the static files adapter-node serves without SvelteKit, and
 * reads the rate-limit setting.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { authHandle } from '$lib/server/auth/handle';
import { outcomesApi } from '$lib/server/http/server-endpoints';
import {
	applySecurityHeadersToStaticFiles,
	securityHeaders
} from '$lib/server/http/security-headers';

export const init: ServerInit = () => {
	applySecurityHeadersToStaticFiles();
	// Made now so that a malformed LIMBER_INGEST_RATE_LIMIT stops the server at start-up.
	outcomesApi();
};

export const handle: Handle = sequence(securityHeaders, authHandle);
