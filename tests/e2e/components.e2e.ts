/**
 * The patient components in the gallery (/dev/components), with real shipped pathway data: no
 * automatically detectable WCAG 2.2 AA failures in English and in right-to-left Urdu, the
 * questionnaire refuses to send with a required question unanswered and can be completed with
 * the keyboard alone, enableWhen shows and hides questions, the hold timer never starts a hold
 * by itself, and the escalation panel offers 999 and cannot be dismissed by accident.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openGallery(page: Page): Promise<void> {
	await page.goto('/dev/components');
	await expect(page.getByRole('heading', { level: 1, name: 'Patient components' })).toBeVisible();
}

async function switchToUrdu(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'اردو' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	// axe checked something: an empty page would also have no violations.
	expect(results.passes.length).toBeGreaterThan(0);
	expect(results.violations).toEqual([]);
}

/** The daily check-in form of the low back pain pathway, and its questions by their text. */
function checkinForm(page: Page) {
	const section = page.getByTestId('checkin-form');
	const question = (name: RegExp): Locator => section.getByRole('radiogroup', { name });
	return {
		section,
		pain: question(/worst pain in the last 24 hours/),
		feel: question(/how is your back today/),
		newSymptoms: question(/anything new or worrying/),
		bladder: question(/new problems with peeing or pooing/),
		interest: question(/little interest or pleasure/),
		down: question(/feeling down, depressed or hopeless/),
		selfHarm: question(/In the last week, have you had thoughts of harming yourself/),
		exercises: question(/done your exercises since your last check-in/),
		send: section.getByRole('button', { name: 'Send my answers' }),
		summary: section.getByRole('alert').filter({ hasText: 'Some questions need an answer' }),
		submitted: page.getByTestId('checkin-submitted'),
		draft: page.getByTestId('checkin-draft')
	};
}

async function submittedAnswers(submitted: Locator): Promise<Record<string, unknown>> {
	const text = (await submitted.textContent()) ?? '';
	return JSON.parse(text.replace(/^Submitted:\s*/, '')) as Record<string, unknown>;
}

test.describe('accessibility of every component', () => {
	test('the gallery has no detectable WCAG 2.2 AA failures in English', async ({ page }) => {
		await openGallery(page);
		// Open the chart's table so that it is checked too.
		await page.getByText('Show as a table').first().click();
		await expect(page.getByRole('table').first()).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('the gallery has no detectable failures on a small phone (320 px wide)', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await openGallery(page);
		await expectNoAxeViolations(page);
		// Nothing is wider than the screen (WCAG 1.4.10 reflow).
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('the gallery has no detectable WCAG 2.2 AA failures in Urdu, right to left', async ({
		page
	}) => {
		await openGallery(page);
		await switchToUrdu(page);
		await expectNoAxeViolations(page);
	});

	test('the error states of the form have no detectable failures', async ({ page }) => {
		await openGallery(page);
		const form = checkinForm(page);
		await form.send.click();
		await expect(form.summary).toBeVisible();
		await page.getByLabel('Show a saving error').check();
		await expectNoAxeViolations(page);
	});

	for (const language of ['English', 'Urdu'] as const) {
		test(`the open escalation panel has no detectable failures in ${language}`, async ({
			page
		}) => {
			await openGallery(page);
			if (language === 'Urdu') await switchToUrdu(page);
			await page.getByRole('button', { name: 'Show an emergency escalation' }).click();
			await expect(page.getByRole('alertdialog')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('the questionnaire form', () => {
	test('refuses to send with a required question unanswered and moves focus to the error summary', async ({
		page
	}) => {
		await openGallery(page);
		const form = checkinForm(page);

		await form.send.click();

		await expect(form.summary).toBeFocused();
		await expect(form.submitted).toHaveText('Submitted: nothing yet');
		await expect(form.pain).toHaveAttribute('aria-invalid', 'true');
		await expect(form.pain).toContainText('Choose a number from 0 to 10.');
		await expect(form.summary.getByRole('link')).toHaveCount(7);

		// Each link in the summary takes the patient to the question.
		await form.summary.getByRole('link', { name: /worst pain/ }).click();
		await expect(form.pain.getByRole('radio', { name: '0 No pain' })).toBeFocused();

		// An answered question loses its error; the others keep theirs.
		await form.pain.getByRole('radio', { name: '4', exact: true }).check();
		await expect(form.pain).not.toHaveAttribute('aria-invalid', 'true');
		await expect(form.summary.getByRole('link')).toHaveCount(6);
		await expect(form.feel).toHaveAttribute('aria-invalid', 'true');
	});

	test('shows follow-up questions only while their condition holds, and never sends hidden answers', async ({
		page
	}) => {
		await openGallery(page);
		const form = checkinForm(page);

		await expect(form.bladder).toHaveCount(0);
		await form.newSymptoms.getByRole('radio', { name: 'Yes' }).check();
		await expect(form.bladder).toBeVisible();
		await form.bladder.getByRole('radio', { name: 'Yes' }).check();
		await expect(form.draft).toContainText('"ci-ces-bladder-bowel":true');

		await form.newSymptoms.getByRole('radio', { name: 'No' }).check();
		await expect(form.bladder).toHaveCount(0);

		await form.pain.getByRole('radio', { name: '2', exact: true }).check();
		await form.feel.getByRole('radio', { name: 'Better' }).check();
		await form.interest.getByRole('radio', { name: 'Not at all' }).check();
		await form.down.getByRole('radio', { name: 'Not at all' }).check();
		await form.selfHarm.getByRole('radio', { name: 'No' }).check();
		await form.exercises.getByRole('radio', { name: /all of them/ }).check();
		await form.send.click();

		await expect(form.submitted).not.toHaveText('Submitted: nothing yet');
		const sent = await submittedAnswers(form.submitted);
		expect(sent).toMatchObject({ pain: 2, feel: 'better', 'new-symptoms': false });
		expect(Object.keys(sent).filter((linkId) => linkId.startsWith('ci-'))).toEqual([]);
	});

	test('can be answered and sent with the keyboard alone (Tab, Space and arrow keys)', async ({
		page
	}) => {
		await openGallery(page);
		const form = checkinForm(page);
		// Start on the last control before the form, as a keyboard user tabbing down would.
		await page.getByLabel('Show a saving error').focus();

		await page.keyboard.press('Tab');
		await expect(form.pain.getByRole('radio', { name: '0 No pain' })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(form.pain.getByRole('radio', { name: '3', exact: true })).toBeChecked();

		await page.keyboard.press('Tab');
		await expect(form.feel.getByRole('radio', { name: 'Better' })).toBeFocused();
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowDown');
		await expect(form.feel.getByRole('radio', { name: 'About the same' })).toBeChecked();

		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(form.newSymptoms.getByRole('radio', { name: 'Yes' })).toBeChecked();
		await expect(form.bladder).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(form.newSymptoms.getByRole('radio', { name: 'No' })).toBeChecked();
		await expect(form.bladder).toHaveCount(0);

		for (const group of [form.interest, form.down, form.exercises]) {
			await page.keyboard.press('Tab');
			if (group === form.exercises) {
				// The weekly self-harm question comes first: answer "No" with an arrow key.
				await page.keyboard.press('ArrowRight');
				await expect(form.selfHarm.getByRole('radio', { name: 'No' })).toBeChecked();
				await page.keyboard.press('Tab');
			}
			await expect(group.getByRole('radio').first()).toBeFocused();
			await page.keyboard.press('Space');
			await expect(group.getByRole('radio').first()).toBeChecked();
		}

		await page.keyboard.press('Tab');
		await expect(form.send).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(form.summary).toHaveCount(0);
		const sent = await submittedAnswers(form.submitted);
		expect(sent).toMatchObject({
			pain: 3,
			feel: 'same',
			'new-symptoms': false,
			'mood-self-harm': false
		});
	});
});

test.describe('the hold timer', () => {
	test('counts a hold down after Start, then waits for the patient instead of starting the next', async ({
		page
	}) => {
		await page.clock.install();
		await openGallery(page);
		const timer = page.getByTestId('short-timer');

		await timer.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(timer.getByText('Hold for 2 seconds.')).toBeAttached();
		await page.clock.runFor(2_100);
		await expect(timer.getByText(/^Relax\./)).toBeAttached();
		await expect(timer.getByText('Number 2 of 2')).toBeVisible();

		await page.clock.runFor(5_000);
		await expect(timer.getByRole('timer')).toContainText('2');
		await expect(timer.getByRole('button', { name: 'Start the next one' })).toBeVisible();
	});
});

test.describe('the escalation panel', () => {
	test('puts a Call 999 link first, holds focus, ignores Escape and needs the box ticked', async ({
		page
	}) => {
		await openGallery(page);
		await page.getByRole('button', { name: 'Show an emergency escalation' }).click();
		const dialog = page.getByRole('alertdialog', { name: 'Call 999 now' });

		await expect(dialog).toBeVisible();
		await expect(dialog).toHaveAttribute('aria-modal', 'true');
		await expect(dialog.getByRole('heading', { name: 'Call 999 now' })).toBeFocused();
		const call = dialog.getByRole('link', { name: 'Call 999', exact: true });
		await expect(call).toHaveAttribute('href', 'tel:999');

		await page.keyboard.press('Escape');
		await expect(dialog).toBeVisible();

		// Tab and Shift+Tab never leave the panel.
		const focusIsInside = () =>
			page.evaluate(() =>
				Boolean(document.querySelector('[role="alertdialog"]')?.contains(document.activeElement))
			);
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Tab');
			expect(await focusIsInside()).toBe(true);
		}
		for (let i = 0; i < 25; i++) {
			await page.keyboard.press('Shift+Tab');
			expect(await focusIsInside()).toBe(true);
		}

		// Continue without ticking explains why, and the panel stays.
		const checkbox = dialog.getByRole('checkbox', { name: 'I understand what I need to do' });
		await dialog.getByRole('button', { name: 'Continue' }).click();
		await expect(dialog).toBeVisible();
		await expect(dialog.getByText('Please tick the box')).toBeVisible();
		await expect(checkbox).toBeFocused();
		await expect(page.getByTestId('last-action')).toHaveText('Last action: none yet');

		await checkbox.check();
		await dialog.getByRole('button', { name: 'Continue' }).click();
		await expect(dialog).toHaveCount(0);
		await expect(page.getByTestId('last-action')).toHaveText('Last action: acknowledged');
	});

	test('shows local services first, labelled as examples, with national ones as the fallback', async ({
		page
	}) => {
		await openGallery(page);
		await page.getByRole('button', { name: 'Show urgent, soon and routine escalations' }).click();
		const dialog = page.getByRole('alertdialog', { name: 'Get help today' });
		await expect(dialog).toBeVisible();
		// Urgent mental-health help is national (Leeds has none): 111.
		const crisis = dialog.getByRole('region', { name: 'Urgent help for your mental health' });
		await expect(crisis.getByRole('link', { name: /^Call\s.*111/ }).first()).toHaveAttribute(
			'href',
			'tel:111'
		);
		// The text service: SHOUT to 85258.
		await expect(crisis.getByRole('link', { name: /Text\s.*SHOUT.*85258/ })).toHaveAttribute(
			'href',
			/^sms:85258/
		);
		// Physiotherapy comes from the example Leeds locality, and says it is an example.
		const physio = dialog.getByRole('region', { name: 'Physiotherapy you can book yourself' });
		await expect(physio.getByText('Example data – not a real service')).toBeVisible();
		await expect(dialog.getByRole('link', { name: 'Call 999', exact: true })).toHaveCount(0);
	});
});

test('the Today view calls back with what the patient chose', async ({ page }) => {
	await openGallery(page);
	await page.getByRole('button', { name: "Start today's check-in" }).click();
	await expect(page.getByTestId('last-action')).toHaveText('Last action: start check-in');
	await page.getByRole('button', { name: 'Show me how: Pelvic tilt' }).first().click();
	await expect(page.getByTestId('last-action')).toHaveText(
		'Last action: open exercise pelvic-tilt'
	);
	await page.getByLabel('Check-in done today').check();
	await expect(page.getByText('Check-in done today ✓')).toBeVisible();
});
