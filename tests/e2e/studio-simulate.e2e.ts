/**
 * The studio's simulator and safety review pack at /author (issue D items 4 and 5), in a real
 * browser on the production build: open a shipped pathway, walk a simulated patient to a red
 * flag with the real patient screens and see the escalation with its dial button; save what was
 * done as a scenario file, start again, load the file and get the same result; open the review
 * pack and find every red-flag code the body area needs; axe finds nothing in either view.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { RED_FLAGS_FOR_AREA } from '../../src/lib/shared/vocabulary.js';
import { answerYesNo } from './support/patient-app.js';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KNEE = 'knee-pain.pathway.json';

async function openShipped(page: Page, fileName: string): Promise<void> {
	await page.goto('/author');
	await expect(page.getByRole('heading', { level: 1, name: 'Pathway studio' })).toBeVisible();
	await page.getByRole('button', { name: `Open ${fileName}` }).click();
	await expect(page.getByRole('heading', { name: `Editing ${fileName}` })).toBeVisible();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.include('[role="tabpanel"]')
		.withTags(WCAG_TAGS)
		.analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** The list of escalations fired so far, under the simulator. */
function escalations(page: Page) {
	return page.getByTestId('simulator-escalations');
}

test('a simulated patient answers a red flag at entry, sees the escalation screen with a 999 button, and a saved scenario replays to the same result', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openShipped(page, KNEE);
	await page.getByRole('tab', { name: 'Simulate' }).click();
	await expect(page.getByRole('heading', { name: 'Simulate a patient' })).toBeVisible();
	await page.getByLabel('Locality').selectOption('example-leeds');
	await expect(page.getByTestId('simulator-stage')).toContainText('Entry safety screen');
	await expectNoAxeViolations(page);

	// Day 0: the entry safety screen, with "Yes" to the serious accident question.
	await answerYesNo(page, [/serious accident or fall/]);
	await page.getByRole('button', { name: 'Check my answers' }).click();

	// The patient's own escalation screen takes over, with the 999 button.
	const dialog = page.getByRole('alertdialog');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('link', { name: /999/ }).first()).toHaveAttribute(
		'href',
		'tel:999'
	);
	await dialog.getByRole('checkbox', { name: 'I understand what I need to do' }).check();
	await dialog.getByRole('button', { name: 'Continue' }).click();
	await expect(dialog).toHaveCount(0);

	// The studio lists the escalation: severity, code and the locality's services.
	await expect(escalations(page)).toContainText('rf.major-trauma');
	await expect(escalations(page)).toContainText('emergency');
	await expect(escalations(page).locator('a[href="tel:999"]').first()).toBeVisible();
	await expect(page.getByTestId('simulator-stage')).toContainText('escalation stage');
	const stage = await page.getByTestId('simulator-stage').innerText();
	await expectNoAxeViolations(page);

	// Save what was done as a scenario file.
	await page.getByLabel('Scenario name').fill('Serious accident at entry');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Save scenario' }).click()
	]);
	expect(download.suggestedFilename()).toBe('knee-pain.serious-accident-at-entry.scenario.json');
	const text = readFileSync(await download.path(), 'utf8');
	const saved = JSON.parse(text) as {
		locality: string;
		steps: { day: number; entry?: Record<string, unknown> }[];
		expect: { day: number; escalation: string }[];
	};
	expect(saved.locality).toBe('example-leeds');
	expect(saved.steps[0]?.entry).toMatchObject({ 'major-trauma': true });
	expect(saved.expect).toContainEqual(expect.objectContaining({ day: 0, escalation: 'emergency' }));

	// Start again, then load the file: the same patient, the same escalation, expectations pass.
	await page.getByRole('button', { name: 'Start again' }).click();
	await expect(escalations(page)).toContainText('None so far.');
	await page.getByLabel('Locality').selectOption('national');
	await page.getByLabel('Load a scenario file').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.getByRole('status').filter({ hasText: 'Replayed' })).toContainText(
		'Replayed "Serious accident at entry" from knee-pain.serious-accident-at-entry.scenario.json: every expectation passed.'
	);
	await expect(page.getByLabel('Locality')).toHaveValue('example-leeds');
	await expect(escalations(page)).toContainText('rf.major-trauma');
	await expect(page.getByTestId('simulator-stage')).toHaveText(stage);

	// A file that is not a scenario is refused with the line of the problem.
	await page.getByLabel('Load a scenario file').setInputFiles({
		name: 'broken.scenario.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{\n\t"name": "broken",\n\t"locality": "national",\n\t"steps": []\n}\n')
	});
	await expect(
		page.getByRole('alert').filter({ hasText: 'broken.scenario.json was not loaded' })
	).toContainText('Line 4');
});

test('the simulator moves through the days and takes a check-in with the real Today screen and form', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openShipped(page, KNEE);
	await page.getByRole('tab', { name: 'Simulate' }).click();
	await answerYesNo(page);
	await page.getByRole('button', { name: 'Check my answers' }).click();
	const phone = page.getByTestId('simulator-phone');
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Day 1');
	await page.getByRole('button', { name: 'Next day' }).click();
	await page.getByRole('button', { name: 'Next day' }).click();
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Day 3');
	await expect(page.getByText('Day 2 of')).toBeVisible();

	// Day 2's check-in, answered in the side panel with the patient's own form.
	await page.getByRole('radiogroup').first().getByRole('radio', { name: '4', exact: true }).check();
	await page.getByRole('radio', { name: /same/i }).first().check();
	await answerYesNo(page);
	for (const group of await page.getByRole('radiogroup').all()) {
		if ((await group.getByRole('radio', { checked: true }).count()) === 0) {
			await group.getByRole('radio').first().check();
		}
	}
	await page.getByRole('button', { name: 'Save my check-in' }).click();
	await expect(phone).toContainText('Check-in done today');
	await expect(page.getByText('Day 2: daily check-in')).toBeVisible();
	await expect(page.getByRole('alertdialog')).toHaveCount(0);
	await expect(escalations(page)).toContainText('None so far.');
});

test('the safety review pack lists every red-flag code the body area needs, and compares with the shipped version', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openShipped(page, KNEE);
	await page.getByRole('tab', { name: 'Safety review pack' }).click();
	const table = page.getByTestId('review-red-flags');
	await expect(table).toBeVisible();
	for (const code of RED_FLAGS_FOR_AREA.knee) {
		await expect(table.getByRole('row').filter({ hasText: code }).first()).toContainText('Handled');
	}
	await expect(page.getByTestId('review-pack')).toContainText('Shortest path to each escalation');
	await page.getByRole('button', { name: 'Compare with the shipped version' }).click();
	await expect(page.getByTestId('review-pack')).toContainText(
		'No stage, rule or question changed.'
	);
	await expectNoAxeViolations(page);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the review pack (HTML)' }).click()
	]);
	const html = readFileSync(await download.path(), 'utf8');
	for (const code of RED_FLAGS_FOR_AREA.knee) expect(html).toContain(code);
});
