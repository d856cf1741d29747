/**
 * Security headers on every kind of response the production server sends (issue C): a
 * prerendered patient page and a static file (served by adapter-node without SvelteKit), API
 * responses, and the commissioner area; and the patient app still boots under its CSP.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type APIResponse } from '@playwright/test';
import { EXAMPLE_OUTCOME_RECORD } from '../../src/lib/shared/outcome-record.js';

function expectSecurityHeaders(response: APIResponse): void {
	const headers = response.headers();
	expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8}; includeSubDomains$/);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-frame-options']).toBe('DENY');
}

test('a prerendered patient page and a static file carry the headers, and the page a CSP meta tag', async ({
	request
}) => {
	const page = await request.get('/start');
	expect(page.status()).toBe(200);
	expectSecurityHeaders(page);
	const html = await page.text();
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
	expect(meta).toContain("script-src 'self' 'sha256-");
	expect(meta).toContain("object-src 'none'");
	// A meta tag cannot carry frame-ancestors; the header above does.
	expect(meta).not.toContain('frame-ancestors');

	const manifest = await request.get('/manifest.webmanifest');
	expect(manifest.status()).toBe(200);
	expectSecurityHeaders(manifest);
});

test('API responses carry the headers and a CSP that loads nothing', async ({ request }) => {
	// The first request opens and migrates the server's database: slow on a busy machine.
	test.setTimeout(120_000);
	const health = await request.get('/api/v1/health');
	expect(health.status()).toBe(200);
	expect(await health.json()).toEqual({ ok: true });
	expectSecurityHeaders(health);
	expect(health.headers()['content-security-policy']).toBe(
		"default-src 'none'; frame-ancestors 'none'"
	);

	const schema = await request.get('/api/v1/outcomes/schema');
	expect(schema.status()).toBe(200);
	expectSecurityHeaders(schema);
	expect(((await schema.json()) as { examples: unknown[] }).examples).toHaveLength(1);
});

test('the outcome endpoints work through the real server', async ({ request }) => {
	test.setTimeout(120_000); // it may be the first to open the database
	const record = {
		...EXAMPLE_OUTCOME_RECORD,
		recordId: randomUUID(),
		withdrawToken: randomBytes(32).toString('base64url')
	};
	const stored = await request.post('/api/v1/outcomes', { data: { records: [record] } });
	expect(stored.status()).toBe(201);
	expect(await stored.json()).toEqual({ accepted: 1, unchanged: 0 });
	expectSecurityHeaders(stored);

	// Not text/plain here: SvelteKit answers a form-type POST from another origin with 403 before
	// the endpoint sees it (the unit tests cover text/plain at the endpoint).
	const xml = await request.post('/api/v1/outcomes', {
		headers: { 'content-type': 'application/xml' },
		data: '<records/>'
	});
	expect(xml.status()).toBe(415);

	const withdrawn = await request.delete(`/api/v1/outcomes/${record.recordId}`, {
		headers: { authorization: `Bearer ${record.withdrawToken}` }
	});
	expect(withdrawn.status()).toBe(204);
	const replay = await request.post('/api/v1/outcomes', {
		data: { records: [{ ...record, revision: record.revision + 1 }] }
	});
	expect(await replay.json()).toEqual({ accepted: 0, unchanged: 1 });
});

test('the commissioner area is never stored', async ({ request }) => {
	const login = await request.get('/commissioner/login', { maxRedirects: 0 });
	// Whatever the page answers (it may redirect, or not exist yet), it is no-store.
	expect(login.status()).toBeLessThan(500);
	expectSecurityHeaders(login);
	expect(login.headers()['cache-control']).toBe('no-store');

	const summary = await request.get('/api/v1/summary', { maxRedirects: 0 });
	expect(summary.headers()['cache-control']).toBe('no-store');
});

test('the patient app boots under its CSP: no violations, app.html script runs, service worker registers', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		// Every value the <html> element's data-text-size takes, in order.
		const seen: (string | null)[] = [];
		Object.assign(window, { textSizesSeen: seen });
		new MutationObserver(() =>
			seen.push(document.documentElement.dataset.textSize ?? null)
		).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-text-size'] });
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Content Security Policy violation: ${event.violatedDirective}`);
		});
		// The display hint app.html's inline script applies before the app starts.
		localStorage.setItem(
			'limber.display',
			JSON.stringify({
				locale: 'en',
				dir: 'ltr',
				textSize: 'large',
				contrast: 'standard',
				motion: 'full'
			})
		);
	});
	await page.goto('/start');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Start your recovery plan' })
	).toBeVisible();
	// The first value came from app.html's inline script (the app may set its own later): the
	// script's hash let it run.
	expect(
		await page.evaluate(() => (window as unknown as { textSizesSeen: string[] }).textSizesSeen[0])
	).toBe('large');
	const scope = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.scope;
	});
	expect(scope).toMatch(/\/$/);
	expect(violations).toEqual([]);
});
