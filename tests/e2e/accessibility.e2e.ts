/**
 * WCAG 2.2 AA on the real patient app, in English, Welsh and right-to-left Urdu: axe finds no
 * violations on any screen a patient can reach (the onboarding steps, the entry safety screen,
 * every route, a questionnaire showing its error summary, the progress table and the escalation
 * screen), with `lang` and `dir` set for the chosen language. And a patient who uses only the
 * keyboard can do a check-in on /checkin, seeing where the focus is at every key press.
 *
 * The language runs find controls by structure and value, not by their English names, so they
 * keep working as the translations change.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PATIENT_ROUTES, enrol } from './support/patient-app';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const LANGUAGES = [
	{ locale: 'en', name: 'English', dir: 'ltr' },
	{ locale: 'cy', name: 'Cymraeg', dir: 'ltr' },
	{ locale: 'ur', name: 'اردو', dir: 'rtl' }
] as const;

type Language = (typeof LANGUAGES)[number];

/** axe checks the whole page (the escalation screen included) and finds nothing. */
async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	// axe checked something: an empty page would also have no violations.
	expect(results.passes.length, `axe checked ${screen}`).toBeGreaterThan(0);
	expect(
		results.violations.map((violation) => ({
			id: violation.id,
			help: violation.help,
			nodes: violation.nodes.map((node) => node.target.join(' '))
		})),
		`WCAG 2.2 AA violations on ${screen}`
	).toEqual([]);
}

/** The page is in `language`: `lang` and `dir` on the root element. */
async function expectLanguage(page: Page, language: Language): Promise<void> {
	const html = page.locator('html');
	await expect(html).toHaveAttribute('lang', language.locale);
	await expect(html).toHaveAttribute('dir', language.dir);
}

/** The form's submit button, whatever it says in this language. */
function submitButton(page: Page): Locator {
	return page.getByRole('main').locator('form button[type="submit"]');
}

/** The error summary of a questionnaire (an alert with a heading and links to the questions). */
function errorSummary(page: Page): Locator {
	return page
		.getByRole('main')
		.getByRole('alert')
		.filter({ has: page.getByRole('heading', { level: 3 }) });
}

/**
 * Answers every question on the screen: yes/no questions with `yes` (true) for those listed by
 * linkId and "No" otherwise, scales with `scale`, and other choices with their first option.
 */
async function answerEverything(
	page: Page,
	input: { scale?: number; yes?: readonly string[] } = {}
): Promise<void> {
	// Questions revealed by an answer are answered on a later pass.
	for (let pass = 0; pass < 3; pass++) {
		for (const group of await page.getByRole('main').getByRole('radiogroup').all()) {
			if ((await group.getByRole('radio', { checked: true }).count()) > 0) continue;
			const id = (await group.getAttribute('id')) ?? '';
			const yesNo = group.locator('input[type="radio"][value="false"]');
			if ((await yesNo.count()) > 0) {
				const yes = (input.yes ?? []).some((linkId) => id.endsWith(`-q-${linkId}`));
				await group.locator(`input[type="radio"][value="${yes}"]`).check();
			} else if ((await group.getByRole('radio').count()) === 11) {
				await group.locator(`input[type="radio"][value="${input.scale ?? 3}"]`).check();
			} else {
				await group.getByRole('radio').first().check();
			}
		}
	}
}

test.describe('no detectable WCAG 2.2 AA failures on any patient screen', () => {
	// Each language has its own patient and page: the three can run side by side.
	test.describe.configure({ mode: 'parallel' });

	for (const language of LANGUAGES) {
		test(`in ${language.name} (${language.locale}, ${language.dir})`, async ({ page }) => {
			test.setTimeout(120_000);
			const main = page.getByRole('main');
			const heading = main.getByRole('heading', { level: 1 });

			await test.step('Settings, before enrolling: the language is chosen', async () => {
				await page.goto('/settings');
				// The language's own name, then "(draft translation)" for a draft.
				const choice = page.getByRole('radio', { name: new RegExp(`^${language.name}(\\s|$)`) });
				await choice.check();
				await expectLanguage(page, language);
				await expect(choice).toBeChecked();
				await expectNoAxeViolations(page, 'settings');
			});

			await test.step('the five onboarding steps, and the "please answer" message', async () => {
				await page.goto('/start');
				await expectLanguage(page, language);
				await expect(heading).toBeVisible();
				await expectNoAxeViolations(page, 'onboarding step 1 (language)');
				await submitButton(page).click();

				await expect(page.locator('input[name="postcode"]')).toBeVisible();
				await submitButton(page).click();
				await expect(main.getByRole('alert')).toBeVisible();
				await expectNoAxeViolations(page, 'onboarding step 2 (area) with its message');
				await page.locator('input[name="locality"][value="example-leeds"]').check();
				await submitButton(page).click();

				await expect(page.locator('input[name="pathway"]').first()).toBeVisible();
				await expectNoAxeViolations(page, 'onboarding step 3 (where it hurts)');
				await page.locator('input[name="pathway"][value="low-back-pain"]').check();
				await submitButton(page).click();

				await expect(page.locator('input[name="referral"]').first()).toBeVisible();
				await expectNoAxeViolations(page, 'onboarding step 4 (how they came)');
				await page.locator('input[name="referral"][value="gp"]').check();
				await page.locator('input[name="waiting"]').last().check();
				await submitButton(page).click();

				await expect(page.locator('input[type="checkbox"]').first()).toBeVisible();
				await expectNoAxeViolations(page, 'onboarding step 5 (choices)');
				await submitButton(page).click();
			});

			await test.step('the entry safety screen, with and without its error summary', async () => {
				await expect(page).toHaveURL(/\/start\/safety$/);
				await expect(main.getByRole('radiogroup').first()).toBeVisible();
				await expectLanguage(page, language);
				await expectNoAxeViolations(page, 'the entry safety screen');
				await submitButton(page).click();
				await expect(errorSummary(page)).toBeVisible();
				await expectNoAxeViolations(page, 'the entry safety screen with its error summary');
				await answerEverything(page);
				await submitButton(page).click();
				await expect(page).toHaveURL(/\/today$/);
			});

			await test.step('a check-in, so that Progress has a chart and a table', async () => {
				await page.goto('/checkin');
				await expect(main.getByRole('radiogroup').first()).toBeVisible();
				await answerEverything(page, { scale: 4 });
				await submitButton(page).click();
				await expect(page).toHaveURL(/\/today$/);
			});

			for (const route of PATIENT_ROUTES) {
				await test.step(`${route.path}`, async () => {
					await page.goto(route.path);
					await expect(heading).toBeVisible();
					// Screens with a form are checked with the form on screen.
					if (['/questionnaire?id=baseline', '/symptoms'].includes(route.path)) {
						await expect(main.locator('form')).toBeVisible();
					}
					await expectLanguage(page, language);
					await expectNoAxeViolations(page, route.path);
				});
			}

			await test.step('the progress table, open', async () => {
				await page.goto('/progress');
				await main.locator('details summary').click();
				await expect(main.getByRole('table')).toBeVisible();
				await expectNoAxeViolations(page, 'the progress table');
			});

			await test.step('the exercise screen with its hold timer running', async () => {
				await page.goto('/exercise?id=pelvic-tilt');
				await expect(main.getByRole('timer')).toBeVisible();
				const timer = main.getByRole('region').filter({ has: page.getByRole('timer') });
				// Start a hold, so the running timer (and its Pause and Start over) is checked too.
				await timer.locator('button').first().click();
				await expect(timer.locator('button')).toHaveCount(2);
				await expectNoAxeViolations(page, 'the exercise screen');
			});

			await test.step('the baseline questionnaire with its error summary', async () => {
				await page.goto('/questionnaire?id=baseline');
				await expect(main.locator('form')).toBeVisible();
				await submitButton(page).click();
				await expect(errorSummary(page)).toBeVisible();
				await expect(errorSummary(page)).toBeFocused();
				await expectNoAxeViolations(page, 'the baseline questionnaire with its error summary');
			});

			await test.step('the escalation screen, after a red flag in the symptom check', async () => {
				await page.goto('/symptoms');
				await expect(main.getByRole('radiogroup').first()).toBeVisible();
				await answerEverything(page, { yes: ['sc-ces-bladder-bowel'] });
				await submitButton(page).click();
				const dialog = page.getByRole('alertdialog');
				await expect(dialog).toBeVisible();
				await expect(dialog.locator('a[href="tel:999"]').first()).toBeVisible();
				await expectLanguage(page, language);
				await expectNoAxeViolations(page, 'the escalation screen');

				await dialog.locator('button').click();
				await expect(dialog.getByRole('checkbox')).toBeFocused();
				await expectNoAxeViolations(page, 'the escalation screen asking for the tick');
				await dialog.getByRole('checkbox').check();
				await dialog.locator('button').click();
				await expect(dialog).toHaveCount(0);
			});

			await test.step('Today in the "get help" stage, and Getting help with the message', async () => {
				await page.goto('/today');
				await expect(heading).toBeVisible();
				await expectNoAxeViolations(page, 'Today in the escalation stage');
				await page.goto('/help');
				await expect(main.getByRole('listitem')).toHaveCount(1);
				await expectNoAxeViolations(page, 'Getting help with a safety message');
			});
		});
	}
});

/**
 * Where the keyboard focus is, and whether a sighted keyboard user can see it: the focused
 * element draws an outline or a box shadow, and is not hidden behind the fixed navigation bar.
 */
async function expectVisibleFocus(page: Page): Promise<string> {
	const focus = await page.evaluate(() => {
		const element = document.activeElement;
		if (!(element instanceof HTMLElement) || element === document.body) {
			return { described: 'nothing (the page itself)', drawn: false, hidden: true };
		}
		const style = getComputedStyle(element);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
		const box = element.getBoundingClientRect();
		const nav = document.querySelector('nav')?.getBoundingClientRect();
		const hidden =
			box.bottom <= 0 || box.top >= window.innerHeight || (nav !== undefined && box.top >= nav.top);
		const label = element.closest('label')?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
		const described = `${element.tagName.toLowerCase()}${
			element.getAttribute('type') === null ? '' : `[type=${element.getAttribute('type')}]`
		} "${(label || element.textContent || '').trim().slice(0, 60)}"`;
		return { described, drawn: outline || shadow, hidden };
	});
	expect(focus.drawn, `a focus indicator is drawn on ${focus.described}`).toBe(true);
	expect(focus.hidden, `${focus.described} is on screen, not under the navigation bar`).toBe(false);
	return focus.described;
}

/** Presses a key and checks that the focus can still be seen. */
async function press(page: Page, key: string): Promise<void> {
	await page.keyboard.press(key);
	await expectVisibleFocus(page);
}

test('a keyboard-only patient completes a check-in with Tab, Shift+Tab, Space and arrows, always seeing the focus', async ({
	page
}) => {
	await enrol(page);
	await page.goto('/checkin');
	const question = (name: RegExp) => page.getByRole('radiogroup', { name });
	const pain = question(/worst pain in the last 24 hours/);
	await expect(pain).toBeVisible();

	// From the top of the page: the skip link, the app name, the symptom check, then the first
	// question's first answer.
	await press(page, 'Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	await press(page, 'Tab');
	await press(page, 'Tab');
	await expect(page.getByRole('link', { name: 'New or worrying symptom?' })).toBeFocused();
	await press(page, 'Tab');
	await expect(pain.getByRole('radio', { name: '0 No pain' })).toBeFocused();

	// Arrow keys move along the scale and choose: 0 → 6.
	for (let step = 0; step < 6; step++) await press(page, 'ArrowRight');
	await expect(pain.getByRole('radio', { name: '6', exact: true })).toBeChecked();

	const feel = question(/how is your back today/);
	await press(page, 'Tab');
	await expect(feel.getByRole('radio', { name: 'Better' })).toBeFocused();
	await press(page, 'Space');
	await expect(feel.getByRole('radio', { name: 'Better' })).toBeChecked();

	// Shift+Tab goes back to the pain scale with its answer kept; Tab returns.
	await press(page, 'Shift+Tab');
	await expect(pain.getByRole('radio', { name: '6', exact: true })).toBeFocused();
	await expect(pain.getByRole('radio', { name: '6', exact: true })).toBeChecked();
	await press(page, 'Tab');
	await expect(feel.getByRole('radio', { name: 'Better' })).toBeFocused();

	// "Anything new?" Yes reveals the red-flag questions; the arrow to "No" hides them again.
	const newSymptoms = question(/anything new or worrying/);
	await press(page, 'Tab');
	await expect(newSymptoms.getByRole('radio', { name: 'Yes' })).toBeFocused();
	await press(page, 'Space');
	await expect(question(/high temperature/)).toBeVisible();
	await press(page, 'ArrowRight');
	await expect(newSymptoms.getByRole('radio', { name: 'No' })).toBeChecked();
	await expect(question(/high temperature/)).toHaveCount(0);

	// The weekly mood questions (asked in the first check-in): "Not at all" twice.
	for (const name of [/little interest or pleasure/, /feeling down, depressed or hopeless/]) {
		await press(page, 'Tab');
		await expect(question(name).getByRole('radio', { name: 'Not at all' })).toBeFocused();
		await press(page, 'Space');
		await expect(question(name).getByRole('radio', { name: 'Not at all' })).toBeChecked();
	}
	const exercises = question(/done your exercises/);
	await press(page, 'Tab');
	await expect(exercises.getByRole('radio', { name: 'Yes, all of them' })).toBeFocused();
	await press(page, 'ArrowDown');
	await expect(exercises.getByRole('radio', { name: 'Some of them' })).toBeChecked();

	const save = page.getByRole('button', { name: 'Save my check-in' });
	await press(page, 'Tab');
	await expect(save).toBeFocused();
	await page.keyboard.press('Space');

	await expect(page).toHaveURL(/\/today$/);
	await expect(page.getByText('Check-in done today ✓')).toBeVisible();
	await page.goto('/progress');
	await expect(page.getByRole('main')).toContainText('You have checked in on 1 of 1 days.');
});
