/**
 * Sharing anonymised outcomes end to end, in Chromium against the production build and its real
 * ingest API: the patient opts in at onboarding and their first record is posted (201); offline,
 * a milestone (the baseline questionnaire) queues the next revision, which survives a reload and
 * is posted when the phone comes back online, once; then the patient deletes what they shared
 * from the Privacy page and the server confirms the DELETE (204) for the same record id, with its
 * withdraw token as a bearer token. A commissioner (an admin, in another browser) sees the
 * record arrive on the dashboard, anonymised and suppressed as a small number (*), and go again
 * once it is withdrawn. The patient's clock starts in a month no other test uses, so the
 * dashboard's figures for that month are this patient's alone.
 */
import { expect, test, type Browser, type Page, type Response } from '@playwright/test';
import { OutcomeBatchSchema, type OutcomeRecord } from '../../src/lib/shared/outcome-record.js';
import { signInAsCommissioner, TEST_ADMIN } from './support/commissioner.js';
import { answerOutcomeQuestionnaire, enrol, waitForOfflineReady } from './support/patient-app';

/** The month the patient enrols in (their clock starts in it): no other test's records are in it. */
const PATIENT_MONTH = '2025-07';

/**
 * An admin signed in in a browser of their own, reading the enrolments tile of the dashboard for
 * the patient's month, pathway and locality; each read reloads the page (figures are live).
 */
async function openDashboard(browser: Browser, record: OutcomeRecord) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const address =
		`/commissioner?from=${PATIENT_MONTH}&to=${PATIENT_MONTH}` +
		`&pathway=${record.pathwayId}&locality=${record.locality}`;
	await signInAsCommissioner(page, { account: TEST_ADMIN, next: address });
	return {
		page,
		close: () => context.close(),
		async enrolments(): Promise<string | undefined> {
			await page.goto(address);
			return (
				await page.getByTestId('tile-enrolments').getByTestId('tile-value').textContent()
			)?.trim();
		}
	};
}

interface Exchange {
	readonly method: string;
	readonly url: string;
	readonly status: number;
	readonly authorization: string | null;
	/** The POSTed records, parsed with the shared strict schema (undefined if it did not parse). */
	readonly records: OutcomeRecord[] | undefined;
	readonly reply: unknown;
}

/** Every exchange with the outcomes API, as the browser made it. */
function recordApiTraffic(page: Page): Exchange[] {
	const exchanges: Exchange[] = [];
	page.on('response', (response: Response) => {
		void (async () => {
			const request = response.request();
			if (!new URL(request.url()).pathname.startsWith('/api/v1/outcomes')) return;
			const parsed =
				request.method() === 'POST'
					? OutcomeBatchSchema.safeParse(request.postDataJSON())
					: undefined;
			const text = await response.text().catch(() => '');
			exchanges.push({
				method: request.method(),
				url: request.url(),
				status: response.status(),
				authorization: await request.headerValue('authorization'),
				records: parsed?.success === true ? parsed.data.records : undefined,
				reply: text === '' ? undefined : (JSON.parse(text) as unknown)
			});
		})();
	});
	return exchanges;
}

/** The suite's server opens its database on the first API call: slow on a busy machine. */
const POLL = { timeout: 30_000 };

test.describe.configure({ timeout: 180_000 });

test('an offline milestone is sent once back online, and withdrawing deletes the record', async ({
	page,
	context,
	browser
}) => {
	// The clock starts in that month and runs on from there.
	await page.clock.install({ time: new Date(`${PATIENT_MONTH}-14T10:00:00`) });
	const exchanges = recordApiTraffic(page);
	const posts = () => exchanges.filter((e) => e.method === 'POST');

	await test.step('opts in at onboarding; the first record is posted and accepted', async () => {
		await enrol(page, { shareOutcomes: true });
		await expect.poll(() => posts().length, POLL).toBe(1);
		const [first] = posts();
		expect(first?.status).toBe(201);
		expect(first?.reply).toEqual({ accepted: 1, unchanged: 0 });
		expect(first?.records).toHaveLength(1);
		expect(first?.records?.[0]).toMatchObject({
			revision: 1,
			status: 'active',
			ageBand: 'not-stated'
		});
	});
	const recordId = posts()[0]?.records?.[0]?.recordId ?? '';
	const withdrawToken = posts()[0]?.records?.[0]?.withdrawToken ?? '';
	expect(recordId).toMatch(/^[0-9a-f-]{36}$/);

	await test.step('My data warns that deleting everything there cannot take shared results back', async () => {
		await page.goto('/my-data');
		await expect(page.getByTestId('delete-shared-warning')).toContainText(
			'You have shared anonymous results.'
		);
		await expect(
			page
				.getByTestId('delete-shared-warning')
				.getByRole('link', { name: 'Go to privacy and sharing' })
		).toHaveAttribute('href', '/privacy');
		await page.goto('/today');
	});

	await test.step('offline, the baseline questionnaire queues the next revision', async () => {
		await waitForOfflineReady(page);
		await context.setOffline(true);
		await page.getByRole('button', { name: /^Answer the questions: / }).click();
		await answerOutcomeQuestionnaire(page, { ratings: [3, 4, 2] });
		await page.goto('/privacy');
		await expect(page.getByTestId('sharing-status')).toHaveText('Sharing is on.');
		await expect(page.getByTestId('sharing-queue')).toHaveText('Updates waiting to be sent: 1');
	});

	await test.step('the revision survives a reload while offline', async () => {
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy and sharing');
		await expect(page.getByTestId('sharing-queue')).toHaveText('Updates waiting to be sent: 1');
		expect(posts()).toHaveLength(1);
	});

	await test.step('back online, it reaches the server once', async () => {
		await context.setOffline(false);
		await expect.poll(() => posts().length, POLL).toBe(2);
		const second = posts()[1];
		expect(second?.status).toBe(201);
		expect(second?.reply).toEqual({ accepted: 1, unchanged: 0 });
		expect(second?.records?.[0]).toMatchObject({ recordId, revision: 2 });
		expect(second?.records?.[0]?.scores.map((s) => s.milestone)).toEqual(['baseline']);
		await expect(page.getByTestId('sharing-queue')).toHaveCount(0);
		// Nothing is sent again: the next look at the outbox finds it empty.
		await page.reload();
		await expect(page.getByTestId('sharing-status')).toHaveText('Sharing is on.');
		await page.waitForTimeout(1_000);
		expect(posts()).toHaveLength(2);
	});

	const shared = posts()[1]?.records?.[0];
	if (shared === undefined) throw new Error('No record was shared.');
	expect(shared.monthEnrolled).toBe(PATIENT_MONTH);
	const dashboard = await openDashboard(browser, shared);

	await test.step('a commissioner sees the record on the dashboard, as a small number (*)', async () => {
		await expect.poll(() => dashboard.enrolments(), POLL).toBe('*');
		const html = await dashboard.page.content();
		expect(html).not.toContain(recordId);
		expect(html).not.toContain(withdrawToken);
	});

	await test.step('deleting what was shared sends the DELETE until the server confirms', async () => {
		await page.getByRole('button', { name: 'Delete everything I have shared' }).click();
		await page.getByRole('button', { name: 'Yes, delete what I shared' }).click();
		await expect(page.getByRole('status').first()).toHaveText(
			'Deletion requested. Limber sends it when you are online.'
		);
		await expect.poll(() => exchanges.filter((e) => e.method === 'DELETE').length, POLL).toBe(1);
		const deletion = exchanges.find((e) => e.method === 'DELETE');
		expect(deletion).toMatchObject({
			url: expect.stringMatching(new RegExp(`/api/v1/outcomes/${recordId}$`)),
			status: 204,
			authorization: `Bearer ${withdrawToken}`
		});
		await expect(page.getByTestId('sharing-status')).toHaveText('Sharing is off.');
		await expect(page.getByTestId('sharing-queue')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Delete everything I have shared' })).toHaveCount(
			0
		);
	});

	await test.step('once withdrawn, the record is no longer in the dashboard', async () => {
		await expect.poll(() => dashboard.enrolments(), POLL).toBe('0');
		await dashboard.close();
	});

	await test.step('the server keeps the record withdrawn: replaying its revision stores nothing', async () => {
		const replay = await page.request.post('/api/v1/outcomes', {
			data: { records: posts()[1]?.records ?? [] }
		});
		expect(replay.status()).toBe(201);
		expect(await replay.json()).toEqual({ accepted: 0, unchanged: 1 });
	});
});
