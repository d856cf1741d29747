import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	applySecurityHeadersToStaticFiles,
	DATA_RESPONSE_CSP,
	FRAME_ANCESTORS_CSP,
	isNoStorePath,
	SECURITY_HEADERS,
	securityHeaders
} from '../../../../src/lib/server/http/security-headers.js';

async function handled(pathname: string, response: Response): Promise<Response> {
	const event = { url: new URL(`http://limber.test${pathname}`) } as RequestEvent;
	return securityHeaders({
		event,
		resolve: () => Promise.resolve(response)
	});
}

describe('security headers on the responses SvelteKit makes', () => {
	it('adds HSTS, nosniff, Referrer-Policy, Permissions-Policy and frame-ancestors', async () => {
		const response = await handled('/api/v1/outcomes', Response.json({ accepted: 1 }));
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(response.headers.get(name), name).toBe(value);
		}
		expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
		expect(response.headers.get('content-security-policy')).toBe(DATA_RESPONSE_CSP);
		expect(response.headers.get('cache-control')).toBeNull();
	});

	it("keeps a page's own CSP (kit.csp), and gives an HTML page without one frame-ancestors", async () => {
		const own = new Response('<p>', {
			headers: {
				'content-type': 'text/html',
				'content-security-policy': "script-src 'self'; frame-ancestors 'none'"
			}
		});
		expect((await handled('/x', own)).headers.get('content-security-policy')).toBe(
			"script-src 'self'; frame-ancestors 'none'"
		);
		const bare = new Response('<p>', { headers: { 'content-type': 'text/html' } });
		expect((await handled('/x', bare)).headers.get('content-security-policy')).toBe(
			FRAME_ANCESTORS_CSP
		);
	});

	it('marks commissioner pages and the summary API no-store, and nothing else', async () => {
		for (const path of [
			'/commissioner',
			'/commissioner/login',
			'/api/v1/summary',
			'/api/v1/summary.csv'
		]) {
			expect(isNoStorePath(path), path).toBe(true);
			const response = await handled(path, new Response('x'));
			expect(response.headers.get('cache-control')).toBe('no-store');
		}
		for (const path of ['/', '/today', '/commissioners-guide', '/api/v1/outcomes/schema']) {
			expect(isNoStorePath(path), path).toBe(false);
		}
	});

	it('copies a response whose headers are immutable', async () => {
		const immutable = Response.redirect('http://limber.test/commissioner/login', 303);
		const response = await handled('/commissioner', immutable);
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe('http://limber.test/commissioner/login');
		expect(response.headers.get('cache-control')).toBe('no-store');
	});
});

describe('security headers on files served without SvelteKit', () => {
	it('are set on every response of a plain Node server, once subscribed', async () => {
		applySecurityHeadersToStaticFiles();
		applySecurityHeadersToStaticFiles(); // a second call must not double anything
		// Stands in for adapter-node's static file server: it sets only its own headers.
		const server = createServer((_request, response) => {
			response.writeHead(200, { 'content-type': 'text/html', etag: '"1"' });
			response.end('<!doctype html><p>prerendered</p>');
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = server.address() as AddressInfo;
			const response = await fetch(`http://127.0.0.1:${port}/today`);
			expect(response.headers.get('etag')).toBe('"1"');
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
				expect(response.headers.get(name), name).toBe(value);
			}
			expect(response.headers.get('content-security-policy')).toBe(FRAME_ANCESTORS_CSP);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});
});
