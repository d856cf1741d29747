/**
 * Red flags with the network off, in the production build with its real service worker. After
 * one visit online the phone goes offline; then a red flag at the entry screen, in a daily
 * check-in and in the "New or worrying symptom?" check each shows the escalation screen at once:
 * the right instruction for its severity, a number to dial, no way to close it by accident, and
 * an acknowledgement before the patient carries on in the matching "get help" stage. Each
 * escalation is kept in the patient's record and listed on "Getting help".
 */
import { expect, test, type Page } from '@playwright/test';
import {
	acknowledgeEscalation,
	answerUnansweredWithFirstOption,
	answerYesNo,
	onboard,
	passEntryScreen,
	waitForOfflineReady
} from './support/patient-app';

/** What the escalation screen and the plan say for each severity used here. */
const SEVERITIES = {
	emergency: {
		heading: 'Call 999 now',
		call: { name: /^Call 999$/, href: 'tel:999' },
		badge: 'Emergency',
		stage: 'Get help now'
	},
	urgent: {
		heading: 'Get help today',
		// NHS 111, from the national services (the Leeds example area has no 111 of its own).
		call: { name: /^Call\s.*111/, href: 'tel:111' },
		badge: 'Urgent: today',
		stage: 'Get help today'
	}
} as const;

type Severity = keyof typeof SEVERITIES;

test.beforeEach(async ({ page, context }) => {
	// The first visit is online: the service worker installs and takes control. Then no network.
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

/**
 * The escalation screen is showing for `severity`: its instruction, a `tel:` link, focus on the
 * instruction; Escape does not close it, nor does Continue until the box is ticked. Then the
 * patient acknowledges it.
 */
async function expectEscalationAndAcknowledge(
	page: Page,
	input: { severity: Severity; message: RegExp }
): Promise<void> {
	const expected = SEVERITIES[input.severity];
	const dialog = page.getByRole('alertdialog', { name: expected.heading });
	await expect(dialog).toBeVisible();
	await expect(dialog).toHaveAttribute('aria-modal', 'true');
	await expect(dialog.getByRole('heading', { level: 2, name: expected.heading })).toBeFocused();
	await expect(dialog).toContainText(input.message);
	await expect(dialog.getByRole('link', { name: expected.call.name }).first()).toHaveAttribute(
		'href',
		expected.call.href
	);
	if (input.severity === 'urgent') {
		// Urgent is not an emergency: no 999 button to press by mistake.
		await expect(dialog.locator('a[href="tel:999"]')).toHaveCount(0);
	}

	await page.keyboard.press('Escape');
	await expect(dialog).toBeVisible();

	await dialog.getByRole('button', { name: 'Continue' }).click();
	await expect(dialog).toBeVisible();
	await expect(dialog.getByText('Please tick the box to say you understand')).toBeVisible();
	await expect(
		dialog.getByRole('checkbox', { name: 'I understand what I need to do' })
	).toBeFocused();

	await acknowledgeEscalation(page);
}

/** Today shows the "get help" stage of the severity, and Getting help lists the escalation. */
async function expectGetHelpStageAndRecord(
	page: Page,
	input: { severity: Severity; message: RegExp }
): Promise<void> {
	const expected = SEVERITIES[input.severity];
	await page.goto('/today');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Day 1');
	await expect(page.getByRole('main')).toContainText(expected.stage);
	await expect(
		page.getByRole('heading', { level: 2, name: 'I have been checked and can carry on' })
	).toBeVisible();
	// Acknowledged once is enough: it does not come back on the next screen.
	await expect(page.getByRole('alertdialog')).toHaveCount(0);

	await page.goto('/help');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting help');
	const entries = page.getByRole('main').getByRole('listitem');
	await expect(entries).toHaveCount(1);
	await expect(entries.first()).toContainText('Day 1');
	await expect(entries.first()).toContainText(expected.badge);
	await expect(entries.first()).toContainText(input.message);
}

test('a red flag at the entry screen shows "Call 999 now" at once, offline', async ({ page }) => {
	await onboard(page);
	await answerYesNo(page, [/new problems with peeing or pooing/]);
	await page.getByRole('button', { name: 'Check my answers' }).click();

	const message = /New problems with peeing or pooing can be a sign of cauda equina syndrome/;
	await expectEscalationAndAcknowledge(page, { severity: 'emergency', message });
	await expectGetHelpStageAndRecord(page, { severity: 'emergency', message });
});

test('a red flag in the daily check-in shows "Get help today" with NHS 111, offline', async ({
	page
}) => {
	await onboard(page);
	await passEntryScreen(page);
	await page.getByRole('button', { name: "Start today's check-in" }).click();
	await page
		.getByRole('radiogroup', { name: /worst pain/ })
		.getByRole('radio', { name: '5', exact: true })
		.check();
	await page.getByRole('radio', { name: 'About the same' }).check();
	// The red-flag questions are asked only after "Yes" to something new or worrying.
	const fever = page.getByRole('radiogroup', { name: /high temperature/ });
	await expect(fever).toHaveCount(0);
	await page
		.getByRole('radiogroup', { name: /anything new or worrying/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	await expect(fever).toBeVisible();
	await answerYesNo(page, [/anything new or worrying/, /high temperature/]);
	// The weekly mood questions (the first "Not at all") and the exercises ("Yes, all of them").
	await answerUnansweredWithFirstOption(page);
	await page.getByRole('button', { name: 'Save my check-in' }).click();

	const message = /Back pain with a high temperature can be a sign of an infection/;
	await expectEscalationAndAcknowledge(page, { severity: 'urgent', message });
	await expectGetHelpStageAndRecord(page, { severity: 'urgent', message });
});

test('a red flag in the symptom check, one tap from the header, shows "Call 999 now", offline', async ({
	page
}) => {
	await onboard(page);
	await passEntryScreen(page);
	await page.getByRole('banner').getByRole('link', { name: 'New or worrying symptom?' }).click();
	await expect(page).toHaveURL(/\/symptoms$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New or worrying symptom');
	await expect(page.getByRole('radiogroup').first()).toBeVisible();
	await answerYesNo(page, [/in both legs/]);
	await page.getByRole('button', { name: 'Check my symptoms' }).click();

	const message = /Pain, numbness or weakness in both legs can be a sign of cauda equina syndrome/;
	await expectEscalationAndAcknowledge(page, { severity: 'emergency', message });
	await expectGetHelpStageAndRecord(page, { severity: 'emergency', message });
});
