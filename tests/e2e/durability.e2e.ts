/**
 * Durability of the patient's data in the production build, in Chromium, with the real service
 * worker and Dexie: a reload in the middle of a check-in, two tabs at once, an upgrade from the
 * previous database version (with data, and blocked by an old tab), a full disk, and an export →
 * delete → import round trip. Each test checks what the patient sees and what IndexedDB holds
 * (read with the raw IndexedDB API, not through the app's code).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	asVersion1Rows,
	createVersion1Database,
	eventsOfType,
	holdNextSaveOpen,
	IDB_VERSION_OF_V1,
	injectQuotaFault,
	isSaveInFlight,
	isWindowMarked,
	markWindow,
	readDatabase,
	readOfflineCopy,
	removeQuotaFault,
	type StoredData,
	type Version1Rows
} from './support/durability.js';
import {
	checkIn,
	completeFirstExercise,
	deleteEverything,
	downloadMyData,
	enrol,
	fillCheckIn,
	fillSymptomCheck,
	importMyData,
	openMyData,
	readToday
} from './support/patient-app.js';

/** The IndexedDB version of the app's current schema (Dexie's `version(3)`: v2 added drafts and enrolment status, v3 sharing). */
const IDB_VERSION_CURRENT = 30;

/** A same-origin page that does not run the app: the database can be shaped before it starts. */
const BLANK_SAME_ORIGIN = '/icon-192.png';

const SAVE = { name: 'Save my check-in' } as const;

/** The answers `fillCheckIn` gives for pain 7, "Worse", no new symptoms. */
const WORSE_SEVEN = { pain: 7, feel: 'Worse' } as const;

/**
 * The log is whole: one enrolment whose events are numbered 1, 2, 3, ... with no gap or repeat,
 * and whose snapshot was saved with the last of them (never one without the other).
 */
function expectWholeLog(data: StoredData): void {
	expect(data.enrolments).toHaveLength(1);
	const seqs = data.events.map((row) => row.seq);
	expect(seqs).toEqual(seqs.map((_, i) => i + 1));
	expect(data.snapshots).toHaveLength(1);
	expect(data.snapshots[0]?.persisted.lastSeq).toBe(seqs.length);
}

/**
 * Waits until the check-in draft holds an answer to every question on screen (the autosave runs
 * soon after the last change; a reload before then loses that change).
 */
async function waitForCompleteDraft(page: Page): Promise<StoredData['drafts'][number]> {
	const questions = await page.getByRole('radiogroup').count();
	await expect
		.poll(async () => Object.keys((await readDatabase(page)).drafts[0]?.answers ?? {}).length)
		.toBe(questions);
	const draft = (await readDatabase(page)).drafts[0];
	if (draft === undefined) throw new Error('The draft disappeared.');
	return draft;
}

/** A stored draft without the time it was last written. */
function withoutSaveTime(draft: StoredData['drafts'][number]): Omit<typeof draft, 'updatedAt'> {
	return Object.fromEntries(Object.entries(draft).filter(([key]) => key !== 'updatedAt')) as Omit<
		typeof draft,
		'updatedAt'
	>;
}

/** The check-in screen shows pain 7 and "Worse" chosen. */
async function expectWorseSevenOnScreen(page: Page): Promise<void> {
	await expect(
		page.getByRole('radiogroup').first().getByRole('radio', { name: '7', exact: true })
	).toBeChecked();
	await expect(page.getByRole('radio', { name: /worse/i }).first()).toBeChecked();
}

/** Enrols a patient in a context of its own and returns their rows as database v1 held them. */
async function rowsOfAnotherPhone(browser: Browser, baseURL: string): Promise<Version1Rows> {
	const context = await browser.newContext({ baseURL });
	try {
		const page = await context.newPage();
		await enrol(page);
		await checkIn(page, { pain: 6 });
		await expect(page.getByText('Check-in done today ✓')).toBeVisible();
		return asVersion1Rows(await readDatabase(page));
	} finally {
		await context.close();
	}
}

test.describe('a reload in the middle of a check-in', () => {
	test('answers typed into a check-in are back after a reload, restored from the autosaved draft', async ({
		page
	}) => {
		await enrol(page);
		await page.goto('/checkin');
		await page
			.getByRole('radiogroup')
			.first()
			.getByRole('radio', { name: '7', exact: true })
			.check();
		await page.getByRole('radio', { name: /worse/i }).first().check();
		await expect
			.poll(async () => (await readDatabase(page)).drafts.map((draft) => draft.answers))
			.toEqual([{ pain: 7, feel: 'worse' }]);

		await page.reload();

		await expect(page.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeVisible();
		await expectWorseSevenOnScreen(page);
		const data = await readDatabase(page);
		expect(eventsOfType(data, 'checkin.submitted')).toEqual([]);
		expect(data.drafts.map((draft) => draft.answers)).toEqual([{ pain: 7, feel: 'worse' }]);
		expectWholeLog(data);
	});

	test('a reload while the save is still in flight saves nothing by halves and keeps the answers as a draft', async ({
		page
	}) => {
		await enrol(page);
		await page.goto('/checkin');
		await fillCheckIn(page, WORSE_SEVEN);
		const draft = await waitForCompleteDraft(page);
		const before = await readDatabase(page);

		await holdNextSaveOpen(page);
		await page.getByRole('button', SAVE).click();
		await expect.poll(() => isSaveInFlight(page)).toBe(true);
		await page.reload();

		// The save had written its event and snapshot inside a transaction that never committed.
		const after = await readDatabase(page);
		expect(after.events).toEqual(before.events);
		expect(after.snapshots).toEqual(before.snapshots);
		// The same answers; the draft may have been written once more (same answers, later
		// `updatedAt`) by a save still queued when the answers were first complete.
		expect(after.drafts.map(withoutSaveTime)).toEqual([withoutSaveTime(draft)]);
		expectWholeLog(after);
		await expectWorseSevenOnScreen(page);

		await page.getByRole('button', SAVE).click();
		await expect(page).toHaveURL(/\/today$/);
		await expect(page.getByText('Check-in done today ✓')).toBeVisible();
		const saved = await readDatabase(page);
		expect(eventsOfType(saved, 'checkin.submitted').map((row) => row.event)).toEqual([
			{ type: 'checkin.submitted', questionnaire: 'daily-checkin', answers: draft.answers }
		]);
		expect(saved.drafts).toEqual([]);
		expectWholeLog(saved);
	});

	test('a reload straight after pressing Save records the check-in once, or keeps it as a draft to save again', async ({
		page
	}) => {
		await enrol(page);
		await page.goto('/checkin');
		await fillCheckIn(page, WORSE_SEVEN);
		const draft = await waitForCompleteDraft(page);

		await page.getByRole('button', SAVE).click();
		await page.reload();

		const after = await readDatabase(page);
		expectWholeLog(after);
		const recorded = eventsOfType(after, 'checkin.submitted');
		expect(recorded.length).toBeLessThanOrEqual(1);
		test.info().annotations.push({
			type: 'race',
			description: recorded.length === 1 ? 'the save committed first' : 'the reload won'
		});
		if (recorded.length === 1) {
			// The save committed first: saved once, with its draft gone in the same transaction.
			// The reload found the check-in screen or (after the save moved on) Today; either way
			// the check-in cannot be sent twice.
			expect(after.drafts).toEqual([]);
			await page.goto('/checkin');
			await expect(page.getByText("You have already done today's check-in.")).toBeVisible();
		} else {
			// The reload won: nothing of the save is stored, the answers are back on screen.
			expect(after.drafts).toEqual([draft]);
			await expectWorseSevenOnScreen(page);
			await page.getByRole('button', SAVE).click();
			await expect(page).toHaveURL(/\/today$/);
		}

		await page.goto('/today');
		await expect(page.getByText('Check-in done today ✓')).toBeVisible();
		const final = await readDatabase(page);
		expect(eventsOfType(final, 'checkin.submitted').map((row) => row.event)).toEqual([
			{ type: 'checkin.submitted', questionnaire: 'daily-checkin', answers: draft.answers }
		]);
		expectWholeLog(final);
	});
});

test('two tabs open at once: each shows the other’s saves without a reload, and the log keeps both tabs’ actions in order', async ({
	page,
	context
}) => {
	await enrol(page);
	const other = await context.newPage();
	await other.goto('/today');
	await expect(other.getByRole('heading', { level: 1, name: 'Day 1' })).toBeVisible();
	await expect(other.getByRole('button', { name: "Start today's check-in" })).toBeVisible();
	await markWindow(other);

	await checkIn(page, { pain: 5 });
	await expect(page).toHaveURL(/\/today$/);

	// The other tab follows the database (liveQuery), without reloading.
	await expect(other.getByText('Check-in done today ✓')).toBeVisible();
	expect(await isWindowMarked(other)).toBe(true);

	// Both tabs save at the same moment: an exercise in one, the symptom check in the other.
	const exercise = page.getByRole('button', { name: /^Show me how: / }).first();
	const title = ((await exercise.getAttribute('aria-label')) ?? '').replace(/^Show me how: /, '');
	await exercise.click();
	await fillSymptomCheck(other);
	await Promise.all([
		page.getByRole('button', { name: 'I have done this exercise' }).click(),
		other.getByRole('button', { name: 'Check my symptoms' }).click()
	]);

	await expect(page).toHaveURL(/\/today$/);
	await expect(
		other.getByRole('status').filter({ hasText: 'Nothing you told us needs urgent help' })
	).toBeVisible();
	const data = await readDatabase(page);
	expectWholeLog(data);
	expect(eventsOfType(data, 'checkin.submitted')).toHaveLength(1);
	expect(eventsOfType(data, 'exercise.completed')).toHaveLength(1);
	expect(eventsOfType(data, 'report.submitted')).toHaveLength(1);
	// The two concurrent saves are the last two entries, one after the other.
	expect(
		data.events
			.slice(-2)
			.map((row) => row.event.type)
			.sort()
	).toEqual(['exercise.completed', 'report.submitted']);

	// The other tab's Today has the exercise this tab did, still without a reload.
	await other
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Today' })
		.click();
	const card = other
		.getByRole('listitem')
		.filter({ has: other.getByRole('heading', { name: title, exact: true }) });
	await expect(card.getByText('Done today ✓')).toBeVisible();
	expect(await isWindowMarked(other)).toBe(true);
});

test.describe('an upgrade from the previous database version', () => {
	test('a phone with a version-1 database and an enrolment in it opens on that Today screen, upgraded through version 2 to the current version', async ({
		page,
		browser,
		baseURL
	}) => {
		const rows = await rowsOfAnotherPhone(browser, baseURL ?? '');
		expect(rows.enrolments[0]).not.toHaveProperty('status');
		await page.goto(BLANK_SAME_ORIGIN);
		await createVersion1Database(page, { rows });
		const old = await readDatabase(page);
		expect(old.version).toBe(IDB_VERSION_OF_V1);
		expect(Object.keys(old.stores).sort()).toEqual([
			'enrolments',
			'events',
			'settings',
			'snapshots'
		]);

		await page.goto('/');

		await expect(page).toHaveURL(/\/today$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Day 1' })).toBeVisible();
		await expect(page.getByText('Check-in done today ✓')).toBeVisible();
		const upgraded = await readDatabase(page);
		expect(upgraded.version).toBe(IDB_VERSION_CURRENT);
		expect(upgraded.stores['drafts']).toEqual(['enrolmentId']);
		expect(upgraded.stores['enrolments']).toContain('status');
		expect(upgraded.enrolments).toEqual([{ ...rows.enrolments[0], status: 'active' }]);
		expect(upgraded.events).toEqual(rows.events);
		expect(upgraded.snapshots).toEqual(rows.snapshots);
		expectWholeLog(upgraded);
	});

	test('an upgrade blocked by an old tab asks the patient to close it, then carries on', async ({
		page,
		context,
		browser,
		baseURL
	}) => {
		const rows = await rowsOfAnotherPhone(browser, baseURL ?? '');
		// The old tab: a version-1 connection that does not close when asked to.
		const oldTab = await context.newPage();
		await oldTab.goto(BLANK_SAME_ORIGIN);
		await createVersion1Database(oldTab, { rows, keepOpen: true });

		await page.goto('/');

		await expect(page.getByRole('alert')).toHaveText(
			'Limber is open in another tab or window. Please close it so this one can finish updating.'
		);
		await expect(page.getByRole('status').filter({ hasText: 'Loading your plan…' })).toBeVisible();

		await oldTab.close();

		await expect(page.getByRole('heading', { level: 1, name: 'Day 1' })).toBeVisible();
		await expect(page).toHaveURL(/\/today$/);
		await expect(page.getByText('Limber is open in another tab')).toHaveCount(0);
		const upgraded = await readDatabase(page);
		expect(upgraded.version).toBe(IDB_VERSION_CURRENT);
		expect(upgraded.enrolments.map((row) => row.status)).toEqual(['active']);
		expect(upgraded.events).toEqual(rows.events);
	});
});

test('a full disk keeps the answers on screen and writes nothing; after space is freed, Save saves once', async ({
	page
}) => {
	await enrol(page);
	await page.goto('/checkin');
	await fillCheckIn(page, WORSE_SEVEN);
	const draft = await waitForCompleteDraft(page);
	const before = await readDatabase(page);

	await injectQuotaFault(page);
	await page.getByRole('button', SAVE).click();

	await expect(page.getByRole('alert').filter({ hasText: 'out of space' })).toHaveText(
		'Your phone is out of space, so your answers are not saved yet. They are still on this screen. Free some space, then press Save again.'
	);
	await expect(page).toHaveURL(/\/checkin$/);
	await expectWorseSevenOnScreen(page);
	expect(await removeQuotaFault(page)).toBeGreaterThan(0);
	expect(await readDatabase(page)).toEqual(before);

	await page.getByRole('button', SAVE).click();

	await expect(page).toHaveURL(/\/today$/);
	await expect(page.getByText('Check-in done today ✓')).toBeVisible();
	const saved = await readDatabase(page);
	expect(eventsOfType(saved, 'checkin.submitted').map((row) => row.event)).toEqual([
		{ type: 'checkin.submitted', questionnaire: 'daily-checkin', answers: draft.answers }
	]);
	expect(saved.drafts).toEqual([]);
	expectWholeLog(saved);
});

test('export, delete everything, then import: the data and the Today screen come back exactly as they were', async ({
	page
}) => {
	// Three days of use, with Playwright's clock moving the local calendar (decision 2).
	const day = (n: number) => new Date(2025, 2, 3 + n, 9, 30);
	await page.clock.setFixedTime(day(0));
	await enrol(page);
	await checkIn(page, { pain: 6 });
	await expect(page).toHaveURL(/\/today$/);
	await page.clock.setFixedTime(day(1));
	await page.goto('/today');
	await expect(page.getByRole('heading', { level: 1, name: 'Day 2' })).toBeVisible();
	await checkIn(page, { pain: 5, feel: 'Better' });
	await expect(page).toHaveURL(/\/today$/);
	await completeFirstExercise(page);
	await page.clock.setFixedTime(day(2));
	await page.goto('/today');
	await checkIn(page, { pain: 4, feel: 'Better' });
	await expect(page).toHaveURL(/\/today$/);
	const today = await readToday(page);
	expect(today.day).toBe('Day 3');
	expect(today.stage).not.toBe('');

	await openMyData(page);
	const original = await downloadMyData(page);
	const stored = await readDatabase(page);
	expect(eventsOfType(stored, 'checkin.submitted')).toHaveLength(3);
	expect(original.data['events']).toEqual(
		stored.events.map(({ enrolmentId, seq, at, event }) => ({ enrolmentId, seq, at, event }))
	);
	// There is an offline copy to delete.
	const offline = await readOfflineCopy(page);
	expect(offline.caches.length).toBeGreaterThan(0);
	expect(offline.serviceWorkers).toBe(1);

	// Stop on a blank page where "delete" sends the patient, to see what is left before the app
	// starts again (and registers its service worker afresh).
	await page.route('**/start', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Deleted</title>' })
	);
	await deleteEverything(page);
	await expect(page).toHaveTitle('Deleted');
	expect(await readOfflineCopy(page)).toEqual({ databases: [], caches: [], serviceWorkers: 0 });
	await page.unroute('**/start');

	await page.goto('/');
	await expect(page).toHaveURL(/\/start$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Start your recovery plan' })
	).toBeVisible();
	expect((await readDatabase(page)).enrolments).toEqual([]);

	await page.goto('/my-data');
	await importMyData(page, original.path);
	const again = await downloadMyData(page);
	expect({ ...again.data, exportedAt: undefined }).toEqual({
		...original.data,
		exportedAt: undefined
	});

	await page.goto('/today');
	expect(await readToday(page)).toEqual(today);
	await expect(page.getByText('Check-in done today ✓')).toBeVisible();
	expectWholeLog(await readDatabase(page));
});
