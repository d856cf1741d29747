/**
 * The app builds, serves its home page and that page meets WCAG 2.2 AA as far as axe can tell.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('a new patient lands on onboarding, which has no automatically detectable accessibility failures', async ({
	page
}) => {
	await page.goto('/');

	await expect(page).toHaveURL(/\/start$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Start your recovery plan' })
	).toBeVisible();
	await expect(page.getByRole('main')).toContainText('It works on your phone, even with no signal');

	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	// axe found and checked something: an empty page would also have no violations.
	expect(results.passes.length).toBeGreaterThan(0);
	expect(results.violations).toEqual([]);
});

test('an address that does not exist is a plain "not found" page, not a server error', async ({
	page,
	request
}) => {
	expect((await request.get('/favicon.ico')).status()).toBe(404);
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to my plan' })).toHaveAttribute('href', '/');
});
