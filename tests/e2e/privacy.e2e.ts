/**
 * Privacy proof (architecture.md decision 6): every request the patient app makes, from its pages
 * and from its service worker, during a full journey with sharing ON (enrol, the baseline
 * questionnaire, check-ins across three days of Playwright's clock, an escalation, then deleting
 * what was shared) is one of: a same-origin GET for a static asset or prerendered page (the
 * service worker script included), a POST to /api/v1/outcomes whose body parses with the shared
 * strict Zod schema (no extra keys anywhere), or the DELETE of a withdrawal. Nothing goes to
 * another host, nothing carries a cookie or a query string with data, and nothing else reaches
 * the API.
 */
import { expect, test, type Request } from '@playwright/test';
import { OutcomeBatchSchema, type OutcomeRecord } from '../../src/lib/shared/outcome-record.js';
import {
	acknowledgeEscalation,
	answerOutcomeQuestionnaire,
	checkIn,
	enrol
} from './support/patient-app';

interface Seen {
	readonly request: Request;
	readonly fromServiceWorker: boolean;
}

/** Query parameters the app may use: pathway content ids in page links, and Workbox's revision. */
const ALLOWED_QUERY: Record<string, RegExp> = {
	id: /^[a-z0-9][a-z0-9-]{0,63}$/,
	__WB_REVISION__: /^[\w.-]+$/
};

/** What is wrong with a request, or undefined when it is one the app may make. */
async function findProblem(seen: Seen, origin: string): Promise<string | undefined> {
	const { request } = seen;
	const url = new URL(request.url());
	const what = `${request.method()} ${request.url()}${seen.fromServiceWorker ? ' (service worker)' : ''}`;
	if (url.protocol === 'data:' || url.protocol === 'blob:') return undefined;
	if (url.origin !== origin) return `another host: ${what}`;
	const headers = await request.allHeaders();
	if (headers['cookie'] !== undefined) return `a cookie was sent: ${what}`;
	for (const [name, value] of url.searchParams) {
		const allowed = ALLOWED_QUERY[name];
		if (allowed === undefined || !allowed.test(value)) return `query string with data: ${what}`;
	}
	if (url.pathname === '/api/v1/outcomes') {
		if (request.method() !== 'POST' || url.search !== '') return `unexpected API call: ${what}`;
		const parsed = OutcomeBatchSchema.safeParse(request.postDataJSON());
		return parsed.success ? undefined : `POST body not the shared schema: ${parsed.error.message}`;
	}
	if (/^\/api\/v1\/outcomes\/[0-9a-f-]{36}$/.test(url.pathname)) {
		if (request.method() !== 'DELETE' || request.postData() !== null || url.search !== '') {
			return `unexpected withdrawal call: ${what}`;
		}
		return /^Bearer [\w-]{43}$/.test(headers['authorization'] ?? '')
			? undefined
			: `withdrawal without its token: ${what}`;
	}
	if (url.pathname.startsWith('/api/')) return `unexpected API call: ${what}`;
	if (request.method() !== 'GET' && request.method() !== 'HEAD') return `not a GET: ${what}`;
	if (request.postData() !== null) return `a GET with a body: ${what}`;
	return undefined;
}

/** The suite's server opens its database on the first API call: slow on a busy machine. */
const POLL = { timeout: 30_000 };

test.describe.configure({ timeout: 180_000 });

test('with sharing on, a full journey sends nothing but schema-valid records and a withdrawal', async ({
	page,
	context,
	baseURL
}) => {
	const origin = new URL(baseURL ?? '').origin;
	const seen: Seen[] = [];
	// Each request once, as the context saw it (pages and service worker)...
	const issued: Request[] = [];
	context.on('request', (request) => {
		issued.push(request);
		seen.push({ request, fromServiceWorker: request.serviceWorker() !== null });
	});
	// The outcomes API's replies, read as they arrive (a later page load discards the bodies).
	const replies = new Map<Request, Promise<unknown>>();
	context.on('response', (response) => {
		if (new URL(response.url()).pathname === '/api/v1/outcomes') {
			replies.set(
				response.request(),
				response.json().catch(() => undefined)
			);
		}
	});
	// ...and as intercepted on its way out: both are checked.
	await context.route('**/*', async (route) => {
		seen.push({
			request: route.request(),
			fromServiceWorker: route.request().serviceWorker() !== null
		});
		await route.continue();
	});
	const statusOf = async (request: Request) => (await request.response())?.status();
	const outcomePosts = () =>
		issued.filter((r) => r.method() === 'POST' && r.url() === `${origin}/api/v1/outcomes`);
	const postedRecords = (): OutcomeRecord[] =>
		outcomePosts().flatMap((r) => OutcomeBatchSchema.parse(r.postDataJSON()).records);

	const day = (n: number) => new Date(2026, 2, 2 + n, 9, 30);

	await test.step('Day 1: opts in, passes the entry screen, answers the baseline, checks in', async () => {
		await page.clock.setFixedTime(day(0));
		await enrol(page, { shareOutcomes: true });
		await page.getByRole('button', { name: /^Answer the questions: / }).click();
		await answerOutcomeQuestionnaire(page, { ratings: [3, 4, 2] });
		await checkIn(page, { pain: 6 });
		await expect(page).toHaveURL(/\/today$/);
		await expect
			.poll(
				() => postedRecords().some((r) => r.scores.some((s) => s.milestone === 'baseline')),
				POLL
			)
			.toBe(true);
	});

	await test.step('Day 2: checks in', async () => {
		await page.clock.setFixedTime(day(1));
		await page.goto('/today');
		await expect(page.getByRole('heading', { level: 1, name: 'Day 2' })).toBeVisible();
		await checkIn(page, { pain: 5, feel: 'Better' });
		await expect(page).toHaveURL(/\/today$/);
	});

	await test.step('Day 3: a red flag in the check-in escalates; the record says so', async () => {
		await page.clock.setFixedTime(day(2));
		await page.goto('/today');
		await expect(page.getByRole('heading', { level: 1, name: 'Day 3' })).toBeVisible();
		await checkIn(page, { pain: 5, yes: [/anything new or worrying/, /high temperature/] });
		await acknowledgeEscalation(page);
		// Wait for the server's reply, so the next page load does not cut the request off.
		await expect
			.poll(async () => {
				for (const post of outcomePosts()) {
					const [record] = OutcomeBatchSchema.parse(post.postDataJSON()).records;
					const reply = (await replies.get(post)) as { accepted?: number } | undefined;
					if (record !== undefined && record.escalations.length > 0 && reply?.accepted === 1) {
						return true;
					}
				}
				return false;
			}, POLL)
			.toBe(true);
	});

	await test.step('deletes what was shared from the Privacy page', async () => {
		await page.goto('/privacy');
		await page.getByRole('button', { name: 'Delete everything I have shared' }).click();
		await page.getByRole('button', { name: 'Yes, delete what I shared' }).click();
		await expect
			.poll(async () => {
				const deletes = issued.filter((r) => r.method() === 'DELETE');
				return Promise.all(deletes.map((r) => statusOf(r)));
			}, POLL)
			.toContain(204);
	});

	await test.step('every request was one the app may make', async () => {
		expect(seen.length).toBeGreaterThan(20);
		const problems = (await Promise.all(seen.map((s) => findProblem(s, origin)))).filter(
			(p): p is string => p !== undefined
		);
		expect(problems).toEqual([]);
		// The service worker's own requests were watched too (it precaches the app).
		expect(seen.some((s) => s.fromServiceWorker)).toBe(true);
		// One record, its revisions in order. A revision goes again only when its reply was lost
		// (a full page load cut it off): the server stores each revision at most once.
		const records = postedRecords();
		expect(new Set(records.map((r) => r.recordId)).size).toBe(1);
		const revisions = records.map((r) => r.revision);
		expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
		const stored = new Map<number, number>();
		for (const post of outcomePosts()) {
			const response = await post.response();
			if (response === null) continue;
			expect(response.status()).toBe(201);
			const reply = (await response.json().catch(() => undefined)) as
				{ accepted: number } | undefined;
			const [record] = OutcomeBatchSchema.parse(post.postDataJSON()).records;
			if (reply === undefined || record === undefined) continue;
			stored.set(record.revision, (stored.get(record.revision) ?? 0) + reply.accepted);
		}
		expect([...stored.values()].every((count) => count <= 1)).toBe(true);
		// (The escalation's revision was accepted once: the Day 3 step waited for it. A revision
		// queued after it may still be waiting when the withdrawal drops it.)
		// No dates (only the month enrolled, YYYY-MM) and nothing about the phone in any record.
		const sent = JSON.stringify(records);
		expect(sent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
		expect(sent).not.toContain(await page.evaluate(() => navigator.userAgent));
	});
});
