/**
 * Limber can be installed on a phone's home screen: Chromium itself reports no installability
 * errors (through the DevTools protocol) on the front door and on Today, and the web app
 * manifest has what an install needs, with icons that load and are the size they claim.
 */
import { chromium, expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrol, waitForOfflineReady } from './support/patient-app';

/** What Chromium says stops the open page from being installed (nothing, we hope). */
async function installabilityErrors(page: Page): Promise<unknown[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const result = await cdp.send('Page.getInstallabilityErrors');
		return result.installabilityErrors;
	} finally {
		await cdp.detach();
	}
}

/** The width and height a PNG file says it has (from its IHDR chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = '89504e470d0a1a0a';
	expect(bytes.subarray(0, 8).toString('hex'), 'a PNG signature').toBe(signature);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
}

async function fetchManifest(request: APIRequestContext, href: string) {
	const response = await request.get(href);
	expect(response.status()).toBe(200);
	return (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
}

test('Chromium finds nothing that stops Limber being installed, on the front door and on Today', async ({
	baseURL
}, testInfo) => {
	// Chromium never offers to install from a private (incognito) window, which is what a normal
	// Playwright context is; a browser profile on disk is what a patient's phone has.
	const profile = mkdtempSync(join(tmpdir(), 'limber-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		...testInfo.project.use.launchOptions,
		baseURL
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await expect(page).toHaveURL(/\/start$/);
		await waitForOfflineReady(page);
		expect(await installabilityErrors(page)).toEqual([]);

		await enrol(page);
		await expect(page).toHaveURL(/\/today$/);
		expect(await installabilityErrors(page)).toEqual([]);

		// Chromium found the manifest this page links to, and read it without errors.
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		await cdp.detach();
		expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
		expect(manifest.errors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('the manifest names the app, starts it standalone at its front door, and has icons that load', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).not.toBeNull();
	const manifest = await fetchManifest(request, href ?? '');

	expect(manifest).toMatchObject({
		name: 'Limber: your recovery plan',
		short_name: 'Limber',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: '#005eb8'
	});
	expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/i);
	// The page's theme colour matches, so the browser bar does not change colour on install.
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#005eb8');

	const wanted = [
		{ size: 192, purpose: 'any' },
		{ size: 512, purpose: 'any' },
		{ size: 512, purpose: 'maskable' }
	];
	for (const { size, purpose } of wanted) {
		const icon = manifest.icons.find(
			(i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(' ').includes(purpose)
		);
		expect(icon, `a ${size}x${size} ${purpose} icon`).toBeDefined();
		if (icon === undefined) continue;
		const response = await request.get(new URL(icon.src, page.url()).href);
		expect(response.status(), `${icon.src} loads`).toBe(200);
		expect(response.headers()['content-type']).toBe(icon.type);
		expect(pngSize(await response.body()), `${icon.src} is ${size}x${size}`).toEqual({
			width: size,
			height: size
		});
	}
});
