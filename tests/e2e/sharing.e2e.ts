/**
 * Sharing anonymised outcomes end to end, in Chromium against the production build and its real
 * ingest API: the patient opts in at onboarding and their first record is posted (201); offline,
 * a milestone (the baseline questionnaire) queues the next revision, which survives a reload and
 * is posted when the phone comes back online, once; then the patient deletes what they shared
 * from the Privacy page and the server confirms the DELETE (204) for the same record id, with its
 * withdraw token as a bearer token.
 */
import { expect, test, type Page, type Response } from '@playwright/test';
import { OutcomeBatchSchema, type OutcomeRecord } from '../../src/lib/shared/outcome-record.js';
import { answerOutcomeQuestionnaire, enrol, waitForOfflineReady } from './support/patient-app';

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
	context
}) => {
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

	await test.step('the server keeps the record withdrawn: replaying its revision stores nothing', async () => {
		const replay = await page.request.post('/api/v1/outcomes', {
			data: { records: posts()[1]?.records ?? [] }
		});
		expect(replay.status()).toBe(201);
		expect(await replay.json()).toEqual({ accepted: 0, unchanged: 1 });
	});
});
