/**
 * The pathway studio at /author (issue D), in a real browser on the production build: open a
 * shipped pathway, break it and see the problem at the right line in plain English, jump to it,
 * fix it and see the list clear; the edit survives a reload; a downloaded pathway opened again
 * downloads as the same file; axe finds nothing; and after one visit the studio opens and checks
 * pathways with the server stopped. (The simulator's e2e is in its own file.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBuild, findFreePort, startAppServer } from './support/server';

/**
 * Ports for this file's own server, apart from the journey suites' (4310-4319): offline.e2e.ts
 * stops and restarts its server on the same port, which a test here must never take meanwhile.
 */
const STUDIO_OFFLINE_PORTS = { first: 4370, last: 4374 } as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const KNEE = 'knee-pain.pathway.json';
const KNEE_TEXT = readFileSync(
	join(import.meta.dirname, '../../pathways/conditions', KNEE),
	'utf8'
);
/** The 1-based line of `"version": "1.0.0",` in the shipped file. */
const VERSION_LINE = KNEE_TEXT.split('\n').findIndex((line) => line.includes('"version"')) + 1;

/** The studio as a clinician sees it. */
class StudioPage {
	constructor(readonly page: Page) {}

	get editor() {
		return this.page.getByRole('textbox', { name: /^Pathway JSON for/ });
	}
	get summary() {
		return this.page.getByTestId('problem-summary');
	}
	get problems() {
		return this.page.getByTestId('problem-list').getByRole('button');
	}

	async goto(): Promise<void> {
		await this.page.goto('/author');
		await expect(
			this.page.getByRole('heading', { level: 1, name: 'Pathway studio' })
		).toBeVisible();
	}

	async openShipped(fileName: string): Promise<void> {
		await this.page.getByRole('button', { name: `Open ${fileName}` }).click();
		await expect(this.page.getByRole('heading', { name: `Editing ${fileName}` })).toBeVisible();
	}

	async expectNoProblems(): Promise<void> {
		await expect(this.summary).toHaveText('No problems found. This pathway passes every check.', {
			timeout: 15_000
		});
	}

	/** Puts the cursor at the end of a 1-based line. */
	async goToLineEnd(line: number): Promise<void> {
		await this.editor.click();
		await this.page.keyboard.press('Control+Home');
		for (let i = 1; i < line; i++) await this.page.keyboard.press('ArrowDown');
		await this.page.keyboard.press('End');
	}

	/** Puts the cursor at the end of `line` (through CodeMirror's view, found as findFromDOM does). */
	async goToLine(line: number): Promise<void> {
		await this.editor.click();
		await this.page.evaluate((target) => {
			interface View {
				state: { doc: { line(n: number): { to: number } } };
				dispatch(spec: { selection: { anchor: number }; scrollIntoView: boolean }): void;
				focus(): void;
			}
			// What EditorView.findFromDOM reads: the content element's tile, whose root has the view.
			const content: (Element & { cmTile?: { root?: { view?: View } } }) | null =
				document.querySelector('.cm-content');
			const view = content?.cmTile?.root?.view;
			if (view === undefined) throw new Error('No CodeMirror view on the page.');
			const end = view.state.doc.line(target).to;
			view.dispatch({ selection: { anchor: end }, scrollIntoView: true });
			view.focus();
		}, line);
	}

	async download(name: string): Promise<{ download: Download; text: string }> {
		const [download] = await Promise.all([
			this.page.waitForEvent('download'),
			this.page.getByRole('button', { name }).click()
		]);
		const path = await download.path();
		return { download, text: readFileSync(path, 'utf8') };
	}
}

test('a broken version is shown at its line in plain words, the problem jumps there, and fixing it clears the list; the edit survives a reload', async ({
	page
}) => {
	test.setTimeout(90_000);
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.openShipped(KNEE);
	await studio.expectNoProblems();
	await expect(page.getByTestId('pathway-diagram')).toBeVisible();
	await expect(page.getByTestId('diagram-list')).toContainText('Entry safety screen');

	await test.step('type an x into the version: one located, readable error', async () => {
		await studio.goToLineEnd(VERSION_LINE);
		// `"version": "1.0.0",` : before the closing quote and comma.
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.type('x');
		await expect(studio.summary).toHaveText(/^1 error, 0 warnings/, { timeout: 15_000 });
		await expect(studio.problems).toHaveCount(1);
		await expect(studio.problems.first()).toContainText(`line ${VERSION_LINE}, column`);
		await expect(studio.problems.first()).toContainText('"1.0.0x" is not valid here');
		await expect(studio.problems.first()).toContainText('major.minor.patch');
		await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
	});

	await test.step('the problem moves the cursor to its line', async () => {
		await page.keyboard.press('Control+End');
		await expect(page.locator('.cm-activeLine')).not.toContainText('"version"');
		await studio.problems.first().click();
		await expect(page.locator('.cm-activeLine')).toContainText('"version": "1.0.0x"');
	});

	await test.step('the edit is kept in the browser across a reload', async () => {
		await page.reload();
		await expect(page.getByRole('heading', { name: `Editing ${KNEE}` })).toBeVisible();
		await expect(studio.summary).toHaveText(/^1 error/, { timeout: 15_000 });
		await expect(page.getByTestId('draft-list')).toContainText(`${KNEE} (open)`);
	});

	await test.step('deleting the x clears the problem list', async () => {
		await studio.problems.first().click();
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Backspace');
		await studio.expectNoProblems();
		await expect(studio.problems).toHaveCount(0);
		await expect(page.locator('.cm-lint-marker-error')).toHaveCount(0);
	});
});

test('a downloaded pathway opened again downloads as the same file, with the same content as the shipped one', async ({
	page
}) => {
	test.setTimeout(60_000);
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.openShipped(KNEE);
	await studio.expectNoProblems();

	const first = await studio.download('Download pathway JSON');
	expect(first.download.suggestedFilename()).toBe(KNEE);
	expect(JSON.parse(first.text)).toEqual(JSON.parse(KNEE_TEXT));

	await page.getByLabel('Choose a .pathway.json file, or drop it here').setInputFiles({
		name: KNEE,
		mimeType: 'application/json',
		buffer: Buffer.from(first.text)
	});
	await expect(page.getByTestId('studio-notice')).toHaveText(`Opened ${KNEE}.`);
	await studio.expectNoProblems();
	const second = await studio.download('Download pathway JSON');
	expect(second.text).toBe(first.text);

	const fhir = await studio.download('Download FHIR Questionnaires');
	expect(JSON.parse(fhir.text)).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
	const mermaid = await studio.download('Download Mermaid diagram');
	expect(mermaid.text).toMatch(/^stateDiagram-v2\n/);
	const pack = await studio.download('Download safety review pack');
	expect(pack.download.suggestedFilename()).toBe('knee-pain-1.0.0.review-pack.html');
	expect(pack.text).toMatch(/<html[\s>]/i);
});

test('axe finds no WCAG 2.2 A/AA violations in the studio, with a pathway and its diagram open', async ({
	page
}) => {
	const studio = new StudioPage(page);
	await studio.goto();
	const empty = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(empty.violations).toEqual([]);
	await studio.openShipped(KNEE);
	await studio.expectNoProblems();
	await expect(page.getByTestId('pathway-diagram')).toBeVisible();
	const open = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(open.violations).toEqual([]);
});

test('after one visit the studio opens, keeps the draft and checks it with the server stopped', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const server = await startAppServer({
		build: findBuild(),
		port: await findFreePort(STUDIO_OFFLINE_PORTS)
	});
	const context = await browser.newContext({ baseURL: server.url });
	try {
		const page = await context.newPage();
		const studio = new StudioPage(page);
		await studio.goto();
		await studio.openShipped(KNEE);
		await studio.expectNoProblems();
		// The page asks the service worker to keep what it loaded; wait until the page is kept.
		await expect
			.poll(
				() =>
					page.evaluate(async () => {
						const names = await caches.keys();
						for (const name of names.filter((n) => n.startsWith('limber-studio-'))) {
							if ((await (await caches.open(name)).match('/author')) !== undefined) return true;
						}
						return false;
					}),
				{ message: 'the studio page is cached', timeout: 20_000 }
			)
			.toBe(true);

		await server.stop();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Pathway studio' })).toBeVisible();
		await expect(page.getByRole('heading', { name: `Editing ${KNEE}` })).toBeVisible();
		await studio.expectNoProblems();
		await studio.goToLineEnd(VERSION_LINE);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.type('x');
		await expect(studio.summary).toHaveText(/^1 error/, { timeout: 15_000 });
	} finally {
		await context.close();
		await server.dispose();
	}
});

test('a clinician changes an exercise and a threshold, and the pathway they download passes limber pathway lint', async ({
	page
}) => {
	test.setTimeout(90_000);
	const studio = new StudioPage(page);
	await studio.goto();
	await studio.openShipped(KNEE);
	await studio.expectNoProblems();
	const lines = KNEE_TEXT.split('\n');
	const repsLine = lines.findIndex((line) => line.includes('"reps": 10,')) + 1;
	const thresholdLine =
		lines.findIndex(
			(line, index) => line.includes('"value": 9') && lines[index - 1]?.includes('"op": ">="')
		) + 1;
	expect(repsLine).toBeGreaterThan(0);
	expect(thresholdLine).toBeGreaterThan(0);

	// `"reps": 10,` becomes 12; the threshold `"value": 9` becomes 8.
	await studio.goToLine(repsLine);
	for (const key of ['ArrowLeft', 'Backspace', 'Backspace']) await page.keyboard.press(key);
	await page.keyboard.type('12');
	await studio.goToLine(thresholdLine);
	await page.keyboard.press('Backspace');
	await page.keyboard.type('8');
	await studio.expectNoProblems();

	const { text } = await studio.download('Download pathway JSON');
	const downloaded = JSON.parse(text) as unknown;
	expect(JSON.stringify(downloaded)).toContain('"reps":12');
	expect(JSON.stringify(downloaded)).toContain('"op":">=","value":8');
	const folder = mkdtempSync(join(tmpdir(), 'limber-studio-'));
	try {
		const file = join(folder, KNEE);
		writeFileSync(file, text);
		const lint = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'pathway', 'lint', file], {
			cwd: join(import.meta.dirname, '../..'),
			encoding: 'utf8'
		});
		const output = `${lint.stdout}${lint.stderr}`;
		expect(output).toContain('0 errors, 0 warnings');
		expect(lint.status, output).toBe(0);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
