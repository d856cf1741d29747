/**
 * The commissioner dashboard end to end, in Chromium against the production build: anonymised
 * records posted to the ingest API show up (after the rollup refresh) as disclosed figures for a
 * signed-in commissioner, small numbers as `*`, only within their localities; the filters live
 * in the address; the CSV downloads; axe finds nothing on the dashboard or the sign-in page.
 *
 * The records use months far from today's (2024-03 and 2024-04) so other suites' records never
 * change these figures: 12 in Leeds in March (shown rounded as 10), 3 in Leeds in April
 * (suppressed), and 3 in Cardiff in March, which a Leeds commissioner must never see (they
 * would make March 15).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { EXAMPLE_OUTCOME_RECORD, type OutcomeRecord } from '../../src/lib/shared/outcome-record.js';
import { signInAsCommissioner, TEST_COMMISSIONER } from './support/commissioner.js';

const MARCH = '/commissioner?from=2024-03&to=2024-03';
const SPRING = '/commissioner?from=2024-03&to=2024-04&by=ageBand&measure=enrolments';

/**
 * `count` records with ids fixed for this suite (`series` keeps the batches apart), so that
 * posting them again after a worker restart is an idempotent replay, never a second copy.
 */
function records(
	series: number,
	count: number,
	overrides: Partial<OutcomeRecord>
): OutcomeRecord[] {
	return Array.from({ length: count }, (_, index) => ({
		...EXAMPLE_OUTCOME_RECORD,
		recordId: `d45b0a4d-0000-4000-8000-${String(series * 100 + index).padStart(12, '0')}`,
		revision: 1,
		...overrides
	}));
}

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * One sign-in for the whole file (an authenticator code is accepted once): `beforeAll` signs in
 * and keeps the cookies; each test's page starts with them.
 */
let session: Session | undefined;

const test = base.extend<{ signedInPage: Page }>({
	signedInPage: async ({ browser, baseURL }, use) => {
		const context = await browser.newContext({ baseURL, storageState: session });
		await use(await context.newPage());
		await context.close();
	}
});

/** The headline figure of a tile, as shown. */
function tile(page: Page, measure: string) {
	return page.getByTestId(`tile-${measure}`).getByTestId('tile-value');
}

test.beforeAll(async ({ playwright, browser }, testInfo) => {
	const baseURL = testInfo.project.use.baseURL;
	const request = await playwright.request.newContext({ baseURL });
	const response = await request.post('/api/v1/outcomes', {
		data: {
			records: [
				...records(1, 12, { locality: 'example-leeds', monthEnrolled: '2024-03' }),
				...records(2, 3, { locality: 'example-leeds', monthEnrolled: '2024-04' }),
				...records(3, 3, { locality: 'example-cardiff', monthEnrolled: '2024-03' })
			]
		}
	});
	expect(response.status(), await response.text()).toBe(201);
	await request.dispose();

	const context = await browser.newContext({ baseURL });
	await signInAsCommissioner(await context.newPage());
	session = await context.storageState();
	await context.close();
});

/** Reloads the page until the rollups include the records (the refresh runs after ingest). */
async function openWhenRefreshed(page: Page, path: string, enrolments: string): Promise<void> {
	await expect
		.poll(
			async () => {
				await page.goto(path);
				return (await tile(page, 'enrolments').textContent())?.trim();
			},
			{ timeout: 20_000 }
		)
		.toBe(enrolments);
}

test('someone who is not signed in is sent to sign in, with the way back in the address', async ({
	page
}) => {
	await page.goto(SPRING);
	const url = new URL(page.url());
	expect(url.pathname).toBe('/commissioner/login');
	expect(url.searchParams.get('next')).toBe(SPRING);
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.passes.length).toBeGreaterThan(0);
	expect(axe.violations).toEqual([]);
});

test('a signed-in commissioner sees tiles, charts and tables with small numbers hidden', async ({
	signedInPage: page
}) => {
	await openWhenRefreshed(page, SPRING, '15');

	const response = await page.goto(SPRING);
	expect(response?.headers()['cache-control']).toContain('no-store');
	await expect(page.getByRole('heading', { level: 1, name: 'Outcomes dashboard' })).toBeVisible();
	await expect(page.getByTestId('signed-in-as')).toHaveText(
		`Signed in as ${TEST_COMMISSIONER.email} (commissioner, Example: Leeds (example data))`
	);
	await expect(page.getByTestId('suppression-note')).toContainText('1 to 7 people is shown as *');

	// 12 + 3 Leeds records, rounded to 5; the 3 in Cardiff are not counted.
	await expect(tile(page, 'enrolments')).toHaveText('15');
	await expect(tile(page, 'activeAt30')).toHaveText('100.0%');

	// The time series: March shown (12 rounds to 10), April suppressed, never drawn as zero.
	const series = page.getByTestId('time-series-table');
	await expect(series.getByRole('row', { name: /Mar 2024/ })).toContainText('10');
	await expect(series.getByRole('row', { name: /Apr 2024/ })).toContainText('*');
	await expect(page.getByTestId('time-series-description')).toContainText(
		'1 of 2 suppressed as * and not drawn (Apr 2024)'
	);
	const chart = page.getByTestId('time-series-chart');
	await expect(chart.locator('svg').first()).toBeVisible();
	// One point for March only: April's gap is not a point at zero.
	await expect(chart.locator('circle')).toHaveCount(1);

	// The breakdown: everyone is 40-49.
	await expect(page.getByTestId('breakdown-chart').locator('svg').first()).toBeVisible();
	await expect(
		page.getByTestId('breakdown-table').getByRole('row', { name: /40-49/ })
	).toContainText('15');

	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
	expect(axe.passes.length).toBeGreaterThan(0);
	expect(axe.violations).toEqual([]);
});

test('the filters change the address and the figures', async ({ signedInPage: page }) => {
	await openWhenRefreshed(page, SPRING, '15');

	await page.getByLabel('To month').fill('2024-03');
	await page.getByLabel('Break down by').selectOption('sex');
	await page.getByRole('button', { name: 'Apply filters' }).click();

	await expect(page).toHaveURL(/[?&]to=2024-03(&|$)/);
	await expect(page).toHaveURL(/[?&]by=sex(&|$)/);
	await expect(tile(page, 'enrolments')).toHaveText('10');
	await expect(
		page.getByTestId('breakdown-table').getByRole('row', { name: /Female/ })
	).toContainText('10');

	// A month range that runs backwards: a located message, not a crash.
	await page.goto('/commissioner?from=2024-04&to=2024-03');
	await expect(page.getByTestId('error-summary')).toContainText('To month');
	await page.getByTestId('error-summary').getByRole('link').first().click();
	await expect(page.getByLabel('To month')).toBeFocused();
	await expect(page.getByLabel('To month')).toHaveAttribute('aria-invalid', 'true');
});

test('a locality outside the commissioner’s scope is not offered, nor shown when asked for', async ({
	signedInPage: page
}) => {
	await page.goto(MARCH);

	const localities = page.getByLabel('Locality');
	await expect(localities.locator('option')).toHaveText([
		'All your localities',
		'Example: Leeds (example data)'
	]);
	await expect(localities.locator('option[value="example-cardiff"]')).toHaveCount(0);

	await page.goto(`${MARCH}&locality=example-cardiff`);
	await expect(page.getByTestId('error-summary')).toContainText('Locality');
	await expect(page.getByTestId('tile-enrolments')).toHaveCount(0);
	expect(
		(
			await page.request.get(
				`/commissioner/summary.csv?from=2024-03&to=2024-03&locality=example-cardiff`
			)
		).status()
	).toBe(400);
});

test('the CSV downloads with its header row first', async ({ signedInPage: page }) => {
	await openWhenRefreshed(page, MARCH, '10');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download these figures (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('limber-summary-2024-03-to-2024-03.csv');
	const csv = await readFile(await download.path(), 'utf8');
	expect(csv.split('\r\n')[0]).toBe('breakdown,group,measure_id,measure,unit,value,note');
	expect(csv).toContain('All,All,enrolments,Enrolments,people (rounded to 5),10,');
});
