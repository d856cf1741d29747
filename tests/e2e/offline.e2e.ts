/**
 * Offline is the normal case (architecture.md, decision 10). On a server of its own, the
 * patient enrols; the service worker takes control; then the server is stopped for real. Every
 * patient route still opens, by the app's own links and as a deep link typed or bookmarked, and
 * the patient completes a check-in. When the server comes back, nothing has been lost: the
 * check-in is on Today and Progress after a reload, and in the copy of their data.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PATIENT_ROUTES, checkIn, enrol, waitForOfflineReady } from './support/patient-app';
import {
	JOURNEY_PORTS,
	fetchStatus,
	findBuild,
	findFreePort,
	startAppServer,
	type AppServer
} from './support/server';

let server: AppServer;

test.beforeAll(async () => {
	// The build the suite's web server made; only the server process is our own, to stop it.
	server = await startAppServer({ build: findBuild(), port: await findFreePort(JOURNEY_PORTS) });
});

test.afterAll(async () => {
	await server.dispose();
});

/** Follows the app's own links to each main screen, checking each one's heading. */
async function visitByLinks(page: Page): Promise<void> {
	const nav = page.getByRole('navigation', { name: 'Main' });
	const heading = page.getByRole('heading', { level: 1 });
	const screens = [
		{ link: 'Progress', heading: 'Your progress', url: /\/progress$/ },
		{ link: 'Local services', heading: 'Local services', url: /\/services$/ },
		{ link: 'Settings', heading: 'Settings', url: /\/settings$/ },
		{ link: 'My data', heading: 'My data', url: /\/my-data$/ },
		{ link: 'Today', heading: /^Day \d+$/, url: /\/today$/ }
	];
	for (const screen of screens) {
		await nav.getByRole('link', { name: screen.link }).click();
		await expect(page).toHaveURL(screen.url);
		await expect(heading).toHaveText(screen.heading);
	}
	await page.getByRole('link', { name: 'New or worrying symptom?' }).click();
	await expect(heading).toHaveText('New or worrying symptom');
}

test('after the first visit the whole app works with the server stopped, and nothing is lost', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const context: BrowserContext = await browser.newContext({ baseURL: server.url });
	const page = await context.newPage();

	await test.step('online: the patient enrols and the app is ready to work offline', async () => {
		await page.goto('/');
		await waitForOfflineReady(page);
		await enrol(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 1');
	});

	await test.step('the server stops: nothing answers on its address any more', async () => {
		await server.stop();
		expect(await fetchStatus(server.url)).toBeUndefined();
	});

	await test.step('a reload still opens Today', async () => {
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 1');
		await expect(page.getByRole('button', { name: "Start today's check-in" })).toBeVisible();
	});

	await test.step('every screen opens from the app’s own links', async () => {
		await visitByLinks(page);
	});

	for (const route of PATIENT_ROUTES) {
		await test.step(`the deep link ${route.path} opens`, async () => {
			await page.goto(route.path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
			await expect(page.getByText('Limber could not start')).toHaveCount(0);
		});
	}

	await test.step('deep links show their content, not just a heading', async () => {
		await page.goto('/questionnaire?id=baseline');
		await expect(page.getByRole('heading', { level: 2 })).toHaveText('How your back affects you');
		await page.goto('/exercise?id=knee-rolls');
		await expect(page.getByRole('heading', { level: 2, name: 'Knee rolls' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'I have done this exercise' })).toBeVisible();
		await page.goto('/services');
		await expect(page.getByRole('main')).toContainText('Services for Example: Leeds');
		await expect(page.getByRole('link', { name: /^Call\s.*111/ }).first()).toHaveAttribute(
			'href',
			'tel:111'
		);
	});

	await test.step('the patient completes a check-in offline', async () => {
		await checkIn(page, { pain: 6, feel: 'Better' });
		await expect(page).toHaveURL(/\/today$/);
		await expect(page.getByText('Check-in done today ✓')).toBeVisible();
	});

	await test.step('the server comes back; after a reload the check-in is still there', async () => {
		await server.start();
		expect(await fetchStatus(server.url)).toBe(200);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 1');
		await expect(page.getByText('Check-in done today ✓')).toBeVisible();

		await page.goto('/progress');
		await expect(page.getByRole('main')).toContainText('You have checked in on 1 of 1 days.');
		await page.getByText('Show as a table').click();
		const row = page.getByRole('table').getByRole('row').nth(1);
		await expect(row.locator('th, td')).toHaveText(['1', '6', 'Not recorded']);
	});

	await test.step('the copy of the patient’s data has the offline check-in in it', async () => {
		await page.goto('/my-data');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download a copy of my data' }).click();
		const file = await (await download).createReadStream();
		const chunks: Buffer[] = [];
		for await (const chunk of file) chunks.push(chunk as Buffer);
		const data = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
			format: string;
			events: { event: { type: string; answers?: Record<string, unknown> } }[];
		};
		expect(data.format).toBe('limber-export');
		const checkIns = data.events.filter((row) => row.event.type === 'checkin.submitted');
		expect(checkIns).toHaveLength(1);
		expect(checkIns[0]?.event.answers).toMatchObject({
			pain: 6,
			feel: 'better',
			'new-symptoms': false
		});
	});

	await context.close();
});
