/**
 * Signing in to the commissioner pages as a person does: email and password, then the code
 * from an authenticator app; wrong answers get a clear, accessible error; the session cookie
 * is HttpOnly and SameSite=Strict; signing out ends the session on the server.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TOTP_STEP_SECONDS, totpCodeAt } from '../../src/lib/server/auth/totp.js';
import {
	TEST_ADMIN,
	TEST_COMMISSIONER,
	enterCode,
	enterPassword,
	signInAsCommissioner,
	tryCurrentCodes
} from './support/commissioner.js';

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.passes.length).toBeGreaterThan(0);
	expect(results.violations).toEqual([]);
}

async function sessionCookie(page: Page) {
	return (await page.context().cookies()).find((cookie) => cookie.name === 'limber_session');
}

test('the sign-in page is server-rendered, not cached, and accessible', async ({
	page,
	request
}) => {
	const response = await request.get('/commissioner/login');
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toContain('no-store');
	// Rendered on the server: the form is in the HTML, before any JavaScript runs.
	expect(await response.text()).toContain('Sign in to Limber outcomes');

	await page.goto('/commissioner/login');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Limber outcomes');
	await expectNoAxeViolations(page);
});

test('signing in to a dashboard page without a session goes through sign-in and back to it', async ({
	page
}) => {
	await page.goto('/commissioner?by=month');
	await expect(page).toHaveURL(/\/commissioner\/login\?next=%2Fcommissioner%3Fby%3Dmonth$/);
	await enterPassword(page, TEST_ADMIN);
	await expect(page.getByLabel('Security code')).toBeVisible({ timeout: 15_000 });
	await expect(page).toHaveURL(/\/commissioner\/login\?next=%2Fcommissioner%3Fby%3Dmonth$/);
	const now = Date.now();
	let signedIn = false;
	for (const offset of [-1, 0, 1]) {
		const step = Math.floor(now / 1000 / TOTP_STEP_SECONDS) + offset;
		if (await enterCode(page, totpCodeAt(TEST_ADMIN.totpSecret, step * TOTP_STEP_SECONDS * 1000))) {
			signedIn = true;
			break;
		}
	}
	expect(signedIn).toBe(true);
	await page.waitForURL((url) => url.pathname === '/commissioner' && url.search === '?by=month');
});

test('a wrong password gets a generic error, linked to the field, and no session', async ({
	page
}) => {
	await page.goto('/commissioner/login');
	await enterPassword(page, TEST_COMMISSIONER, 'not the right passphrase');
	const summary = page.getByTestId('error-summary');
	// argon2 takes a while on a busy machine.
	await expect(summary).toBeVisible({ timeout: 15_000 });
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('The email address or password is not right.');
	await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page.getByLabel('Email address')).toHaveValue(TEST_COMMISSIONER.email);
	await expectNoAxeViolations(page);

	// An address without an account gets exactly the same answer.
	await enterPassword(page, { ...TEST_COMMISSIONER, email: 'nobody@example.nhs.uk' });
	await expect(summary).toContainText('The email address or password is not right.', {
		timeout: 15_000
	});
	expect(await sessionCookie(page)).toBeUndefined();
});

test('an empty field is named in the error', async ({ page }) => {
	await page.goto('/commissioner/login');
	// Skip the browser's own check so the server's message shows (as it would without it).
	await page
		.locator('form')
		.first()
		.evaluate((form) => form.setAttribute('novalidate', ''));
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByTestId('error-summary')).toContainText('Enter your email address.');
	await page.getByTestId('error-summary').getByRole('link').click();
	await expect(page.getByLabel('Email address')).toBeFocused();
});

test('the right password and a wrong code get an error on the code step, and no session', async ({
	page
}) => {
	await page.goto('/commissioner/login');
	await enterPassword(page, TEST_COMMISSIONER);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Enter your security code' })
	).toBeVisible({ timeout: 15_000 });
	await expectNoAxeViolations(page);

	const wrong = totpCodeAt(TEST_COMMISSIONER.totpSecret, Date.now() + 10 * 60_000);
	expect(await enterCode(page, wrong)).toBe(false);
	const summary = page.getByTestId('error-summary');
	await expect(summary).toContainText('The code is not right.');
	await expect(summary).toContainText('4 tries left');
	await expect(page.getByLabel('Security code')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page);

	expect(await enterCode(page, '12ab')).toBe(false);
	await expect(summary).toContainText('The code must be 6 digits');
	expect(await sessionCookie(page)).toBeUndefined();

	await page.getByRole('button', { name: 'Start again with a different account' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Limber outcomes');
});

test('the right code signs in with a secure session cookie; signing out ends the session', async ({
	page,
	baseURL
}) => {
	await signInAsCommissioner(page);
	expect(new URL(page.url()).pathname).toBe('/commissioner');
	const cookie = await sessionCookie(page);
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
	// Secure everywhere but plain http on loopback, where the tests run.
	expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:/);
	expect(cookie?.secure).toBe(false);
	expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

	// Signed in, the sign-in page sends the person straight on.
	await page.goto('/commissioner/login?next=%2Fcommissioner%3Fby%3Dsex');
	await expect(page).toHaveURL(/\/commissioner\?by=sex$/);

	// Sign out with a POST (the form the header's button uses).
	await page.goto('/commissioner/logout');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign out of Limber outcomes');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/commissioner\/login/);
	await expect(page.getByRole('status')).toHaveText('You have signed out.');
	expect(await sessionCookie(page)).toBeUndefined();

	// The old cookie no longer signs anyone in: the session is gone on the server too.
	await page.context().addCookies([{ ...cookie!, secure: false }]);
	await page.goto('/commissioner/logout');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are signed out');
});

test('signing in and out works without JavaScript', async ({ browser, baseURL }) => {
	// It may wait up to one 30-second step for an unused code.
	test.setTimeout(120_000);
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/commissioner/login?next=%2Fcommissioner%3Fby%3Dpathway');
	await enterPassword(page, TEST_ADMIN, 'not the right passphrase');
	await expect(page.getByTestId('error-summary')).toContainText(
		'The email address or password is not right.',
		{ timeout: 15_000 }
	);
	await enterPassword(page, TEST_ADMIN);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Enter your security code' })
	).toBeVisible({ timeout: 15_000 });
	await tryCurrentCodes(page, TEST_ADMIN, async (code) => {
		await page.getByLabel('Security code').fill(code);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForLoadState();
		return new URL(page.url()).pathname !== '/commissioner/login';
	});
	await expect(page).toHaveURL(/\/commissioner\?by=pathway$/);
	expect((await context.cookies()).some((cookie) => cookie.name === 'limber_session')).toBe(true);

	await page.goto('/commissioner/logout');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('status')).toHaveText('You have signed out.');
	expect((await context.cookies()).some((cookie) => cookie.name === 'limber_session')).toBe(false);
	await context.close();
});
