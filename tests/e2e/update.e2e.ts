/**
 * An update as patients get it: version 1 is deployed and opened, version 2 is deployed on the
 * same address while the patient is in the middle of a check-in. The new version is offered but
 * nothing reloads until the check-in is saved and the patient presses "Update now"; then the page
 * runs version 2 with the enrolment and the check-in intact.
 *
 * The two builds go to their own folders and are served on their own port, so this file runs
 * beside the suite's shared server.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildApp, serveApp, type BuiltApp, type RunningApp } from './support/builds.js';
import { eventsOfType, isWindowMarked, markWindow, readDatabase } from './support/durability.js';
import { enrol, fillCheckIn, openMyData } from './support/patient-app.js';

/** Override with LIMBER_E2E_UPDATE_PORT when running beside another copy of this suite. */
const PORT = Number(process.env.LIMBER_E2E_UPDATE_PORT ?? '4321');
const HOME = `http://127.0.0.1:${PORT}`;

// The page model navigates by path: every path goes to this file's own server.
test.use({ baseURL: HOME });

let v1: BuiltApp;
let v2: BuiltApp;
let server: RunningApp | undefined;

test.beforeAll(async () => {
	// Two production builds (about 10 s each, side by side).
	test.setTimeout(180_000);
	[v1, v2] = await Promise.all([
		buildApp({ folder: 'durability-update-v1', version: 'v1-test' }),
		buildApp({ folder: 'durability-update-v2', version: 'v2-test' })
	]);
});

test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

/** The URL of the service worker that controls the page, if one does. */
function controllingWorker(page: Page): Promise<string | undefined> {
	return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
}

test('a new version is offered during a check-in but applied only after it is saved and the patient accepts', async ({
	page
}) => {
	test.setTimeout(90_000);
	server = await serveApp(v1, { port: PORT });

	// Version 1: enrol, then reload once so that its service worker controls the page.
	await enrol(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Day 1' })).toBeVisible();
	expect(await controllingWorker(page)).toBe(`${HOME}/service-worker.js`);
	await markWindow(page);

	// Half way through a check-in...
	await page.getByRole('button', { name: "Start today's check-in" }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeVisible();
	await page.getByRole('radiogroup').first().getByRole('radio', { name: '6', exact: true }).check();
	await page.getByRole('radio', { name: /worse/i }).first().check();

	// ...version 2 is deployed on the same address, and the browser checks for an update.
	await server.stop();
	server = await serveApp(v2, { port: PORT });
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});

	const prompt = page.getByRole('status').filter({ hasText: 'A new version of Limber is ready.' });
	await expect(prompt).toBeVisible();
	await expect(prompt).toContainText('We will update after you finish your check-in.');
	await expect(page.getByTestId('apply-update')).toHaveCount(0);
	// Version 2 is installed and waiting; version 1 still runs this page, which has not reloaded.
	expect(
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return registration?.waiting?.state;
		})
	).toBe('installed');
	expect(await isWindowMarked(page)).toBe(true);
	await expect(
		page.getByRole('radiogroup').first().getByRole('radio', { name: '6', exact: true })
	).toBeChecked();
	await expect(page.getByRole('radio', { name: /worse/i }).first()).toBeChecked();

	// Finishing the check-in (on version 1) takes the patient to Today, where they may update.
	await fillCheckIn(page, { pain: 6, feel: 'Worse' });
	await page.getByRole('button', { name: 'Save my check-in' }).click();
	await expect(page).toHaveURL(`${HOME}/today`);
	await expect(page.getByText('Check-in done today ✓')).toBeVisible();
	expect(await isWindowMarked(page)).toBe(true);
	const before = await readDatabase(page);

	const reloaded = page.waitForEvent('load');
	await page.getByTestId('apply-update').click();
	await reloaded;

	await expect(page.getByRole('heading', { level: 1, name: 'Day 1' })).toBeVisible();
	expect(await isWindowMarked(page)).toBe(false);
	await expect(page.getByTestId('apply-update')).toHaveCount(0);
	await expect(page.getByText('Check-in done today ✓')).toBeVisible();
	await openMyData(page);
	await expect(page.getByTestId('app-version')).toHaveText('Limber version v2-test');

	const after = await readDatabase(page);
	expect(after.enrolments).toEqual(before.enrolments);
	expect(after.events).toEqual(before.events);
	expect(eventsOfType(after, 'checkin.submitted').map((row) => row.event)).toEqual([
		expect.objectContaining({ answers: expect.objectContaining({ pain: 6, feel: 'worse' }) })
	]);
});
