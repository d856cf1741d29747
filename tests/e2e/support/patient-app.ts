/**
 * A page model of the patient app for Playwright tests: the steps a patient takes, by what they
 * see (roles and labels), so tests read as sentences and survive markup changes.
 */
import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export interface OnboardingChoices {
	/** Area radio label (e.g. /Leeds/), or a postcode district to type, or 'national'. */
	readonly area?: RegExp | { postcode: string } | 'national';
	/** Label of the pathway radio, e.g. /back/i. */
	readonly pathway?: RegExp;
	readonly referral?: string;
	readonly waitingList?: boolean;
	readonly shareOutcomes?: boolean;
}

/** Goes through onboarding (from any page) and ends on the entry safety screen. */
export async function onboard(page: Page, choices: OnboardingChoices = {}): Promise<void> {
	await page.goto('/');
	await expect(page).toHaveURL(/\/start$/);
	await page.getByRole('button', { name: 'Continue' }).click();
	const area = choices.area ?? /Leeds/;
	if (area === 'national') {
		await page.getByRole('radio', { name: /rather not say/ }).check();
	} else if (area instanceof RegExp) {
		await page.getByRole('radio', { name: area }).check();
	} else {
		await page.getByLabel('First part of your postcode').fill(area.postcode);
		await page.getByRole('button', { name: 'Find my area' }).click();
	}
	await page.getByRole('button', { name: 'Continue' }).click();
	await page
		.getByRole('radio', { name: choices.pathway ?? /back pain/i })
		.first()
		.check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByRole('radio', { name: choices.referral ?? 'My GP or practice nurse' }).check();
	await page
		.getByRole('group', { name: 'Are you on a waiting list for physiotherapy?' })
		.getByRole('radio', { name: choices.waitingList === true ? 'Yes' : 'No' })
		.check();
	await page.getByRole('button', { name: 'Continue' }).click();
	if (choices.shareOutcomes === true) {
		await page.getByRole('checkbox', { name: /Share my anonymous results/ }).check();
	}
	await page.getByRole('button', { name: 'Start my plan' }).click();
	await expect(page).toHaveURL(/\/start\/safety$/);
}

/**
 * Answers every yes/no question on the current questionnaire screen "No", except the questions
 * whose text matches `yes` (answered "Yes"). Questions revealed by a "Yes" are answered too.
 */
export async function answerYesNo(page: Page, yes: RegExp[] = []): Promise<void> {
	// Groups come and go as answers reveal questions (or a red flag replaces the screen): count
	// them afresh at each step instead of holding locators to groups that may have gone.
	const groups = page.getByRole('radiogroup');
	for (let pass = 0; pass < 3; pass++) {
		for (let index = 0; index < (await groups.count()); index++) {
			const group = groups.nth(index);
			const name = await group
				.evaluate(
					(element) => element.getAttribute('aria-label') ?? element.textContent ?? '',
					null,
					{
						timeout: 2_000
					}
				)
				.catch(() => undefined);
			if (name === undefined) break;
			const options = group.getByRole('radio');
			const labels = await options.evaluateAll((radios) =>
				radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '')
			);
			if (!labels.includes('Yes') || !labels.includes('No')) continue;
			const answer = yes.some((pattern) => pattern.test(name)) ? 'Yes' : 'No';
			await group.getByRole('radio', { name: answer, exact: true }).check();
		}
	}
}

/** Passes the entry safety screen with no red flags and lands on today's plan. */
export async function passEntryScreen(page: Page): Promise<void> {
	await answerYesNo(page);
	await page.getByRole('button', { name: 'Check my answers' }).click();
	await expect(page).toHaveURL(/\/today$/);
}

/** Onboards and passes the entry screen. */
export async function enrol(page: Page, choices: OnboardingChoices = {}): Promise<void> {
	await onboard(page, choices);
	await passEntryScreen(page);
}

/**
 * Does today's check-in: pain 0-10, how they feel, no new symptoms (unless `newSymptoms`), and
 * "No"/first option for anything else asked today (weekly mood questions included).
 */
export async function checkIn(page: Page, input: CheckInAnswers): Promise<void> {
	await page.goto('/checkin');
	await fillCheckIn(page, input);
	await page.getByRole('button', { name: 'Save my check-in' }).click();
}

/** A day's check-in answers, as the patient gives them. */
export interface CheckInAnswers {
	readonly pain: number;
	readonly feel?: 'Better' | 'About the same' | 'Worse';
	/** Yes/no questions to answer "Yes" (by their text); every other one is answered "No". */
	readonly yes?: RegExp[];
}

/**
 * Answers every question on the open check-in screen (as `checkIn` does) without saving, so a
 * test can decide what happens next: save, reload, break the storage.
 */
export async function fillCheckIn(page: Page, input: CheckInAnswers): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: 'Daily check-in' })).toBeVisible();
	const pain = page.getByRole('radiogroup').first();
	await pain.getByRole('radio', { name: String(input.pain), exact: true }).check();
	await page
		.getByRole('radio', { name: new RegExp(input.feel ?? 'same', 'i') })
		.first()
		.check();
	await answerYesNo(page, input.yes ?? []);
	// Any remaining required choice (weekly PHQ-2 "Not at all", exercises "all") gets its first option.
	for (const group of await page.getByRole('radiogroup').all()) {
		const checked = await group.getByRole('radio', { checked: true }).count();
		if (checked === 0) await group.getByRole('radio').first().check();
	}
}

/** What the Today screen says: the day ("Day 3") and the stage's title. */
export async function readToday(page: Page): Promise<{ day: string; stage: string }> {
	const day = page.getByRole('heading', { level: 1, name: /^Day \d+$/ });
	await expect(day).toBeVisible();
	return {
		day: (await day.textContent())?.trim() ?? '',
		stage: (await page.locator('main h1 + p').textContent())?.trim() ?? ''
	};
}

/**
 * From Today, opens the first exercise on the plan, presses "I have done this exercise" and
 * returns to Today; returns the exercise's title.
 */
export async function completeFirstExercise(page: Page): Promise<string> {
	const open = page.getByRole('button', { name: /^Show me how: / }).first();
	const title = ((await open.getAttribute('aria-label')) ?? '').replace(/^Show me how: /, '');
	await open.click();
	await page.getByRole('button', { name: 'I have done this exercise' }).click();
	await expect(page).toHaveURL(/\/today$/);
	return title;
}

/** Opens the "New or worrying symptom" check from the header and answers every question "No". */
export async function fillSymptomCheck(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'New or worrying symptom?' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'New or worrying symptom' })
	).toBeVisible();
	await expect(page.getByRole('radiogroup').first()).toBeVisible();
	await answerYesNo(page);
}

/** Opens My data from the navigation bar. */
export async function openMyData(page: Page): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'My data' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'My data' })).toBeVisible();
}

/** On My data: downloads the copy of everything; returns the file's path and its parsed JSON. */
export async function downloadMyData(
	page: Page
): Promise<{ path: string; data: Record<string, unknown> }> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a copy of my data' }).click();
	const path = await (await download).path();
	return { path, data: JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown> };
}

/** On My data: ticks the confirmation and presses "Delete everything now". */
export async function deleteEverything(page: Page): Promise<void> {
	await page.getByRole('checkbox', { name: 'I understand this cannot be undone' }).check();
	await page.getByRole('button', { name: 'Delete everything now' }).click();
}

/** On My data: brings back a copy from a file and waits for "Your data has been brought back." */
export async function importMyData(page: Page, path: string): Promise<void> {
	await page.getByLabel('Limber copy file').setInputFiles(path);
	await expect(page.getByRole('status').filter({ hasText: 'brought back' })).toHaveText(
		'Your data has been brought back.'
	);
}

/**
 * Every patient route, as a patient can open it from a link or a bookmark, and the level-1
 * heading it shows to an enrolled patient (in English). `/` sends an enrolled patient to Today.
 */
export const PATIENT_ROUTES: readonly { path: string; heading: RegExp }[] = [
	{ path: '/', heading: /^Day \d+$/ },
	{ path: '/today', heading: /^Day \d+$/ },
	{ path: '/checkin', heading: /^Daily check-in$/ },
	{ path: '/questionnaire?id=baseline', heading: /^Questions about your progress$/ },
	{ path: '/exercise?id=knee-rolls', heading: /^Knee rolls$/ },
	{ path: '/symptoms', heading: /^New or worrying symptom$/ },
	{ path: '/help', heading: /^Getting help$/ },
	{ path: '/progress', heading: /^Your progress$/ },
	{ path: '/services', heading: /^Local services$/ },
	{ path: '/settings', heading: /^Settings$/ },
	{ path: '/my-data', heading: /^My data$/ },
	{ path: '/my-data/summary', heading: /^Limber summary$/ }
];

/**
 * Waits until the service worker has precached the app and controls the page, so the app keeps
 * working with the network off. The first visit is not controlled (the worker does not claim
 * open pages), so the page is reloaded once, as a patient's next visit would be.
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
	// `ready` resolves once a worker is active, which is after its precache has been filled.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const isControlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
	if (!(await isControlled())) await page.reload();
	await expect.poll(isControlled, { message: 'the service worker controls the page' }).toBe(true);
}

/**
 * On the escalation screen: ticks "I understand what I need to do" and presses Continue, then
 * waits until the screen has gone.
 */
export async function acknowledgeEscalation(page: Page): Promise<void> {
	const dialog = page.getByRole('alertdialog');
	await dialog.getByRole('checkbox', { name: 'I understand what I need to do' }).check();
	await dialog.getByRole('button', { name: 'Continue' }).click();
	await expect(dialog).toHaveCount(0);
}

/**
 * Answers the open outcome questionnaire (baseline or follow-up): three different activities
 * from the list with how well the patient can do each (0-10), "Not at all" for every mood
 * question and the first work option; then saves and waits for Today.
 */
export async function answerOutcomeQuestionnaire(
	page: Page,
	input: { ratings: readonly [number, number, number] }
): Promise<void> {
	const activities = ['Walking', 'Bending forward', 'Lifting and carrying'] as const;
	for (const [index, activity] of activities.entries()) {
		const group = page.getByRole('group', { name: `Activity ${index + 1}`, exact: true });
		await group.getByRole('radio', { name: activity, exact: true }).check();
		await group
			.getByRole('radiogroup', { name: /How well can you do this activity/ })
			.getByRole('radio', { name: new RegExp(`^${input.ratings[index]}\\b`) })
			.check();
	}
	// Mood and anxiety (PHQ-2 and GAD-2), and work: whatever else is asked, the first option.
	await answerUnansweredWithFirstOption(page);
	await page.getByRole('button', { name: 'Save my answers' }).click();
	await expect(page).toHaveURL(/\/today$/);
}

/** Answers every question on the screen that has no answer yet with its first option. */
export async function answerUnansweredWithFirstOption(page: Page): Promise<void> {
	for (const group of await page.getByRole('radiogroup').all()) {
		if ((await group.getByRole('radio', { checked: true }).count()) === 0) {
			await group.getByRole('radio').first().check();
		}
	}
}
