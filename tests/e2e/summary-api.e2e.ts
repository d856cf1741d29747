/**
 * `GET /api/v1/summary` end to end against the production build: anonymous requests are refused
 * with a bearer challenge; a signed-in commissioner (session cookie) gets the disclosed summary
 * of records posted to the ingest API, as JSON or as a CSV download, for their localities only.
 *
 * The records use months nobody else's suite uses (2023-05 and 2023-06): 12 in Leeds in May
 * (shown rounded as 10), 3 in Leeds in June (suppressed), 9 in Cardiff in May, which the Leeds
 * commissioner must never see.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { EXAMPLE_OUTCOME_RECORD, type OutcomeRecord } from '../../src/lib/shared/outcome-record.js';
import { signInAsCommissioner } from './support/commissioner.js';

const QUERY = 'from=2023-05&to=2023-06';

function records(count: number, overrides: Partial<OutcomeRecord>): OutcomeRecord[] {
	return Array.from({ length: count }, () => ({
		...EXAMPLE_OUTCOME_RECORD,
		recordId: crypto.randomUUID(),
		revision: 1,
		...overrides
	}));
}

interface SummaryJson {
	total: { values: { enrolments: number | '*' } };
	groups: { key: string; label: string; values: { enrolments: number | '*' } }[];
	suppressionNote: string;
}

async function summary(request: APIRequestContext, query: string): Promise<SummaryJson> {
	const response = await request.get(`/api/v1/summary?${query}`);
	expect(response.status(), await response.text()).toBe(200);
	return (await response.json()) as SummaryJson;
}

test('someone without a session or token is refused with a bearer challenge', async ({
	request
}) => {
	const response = await request.get(`/api/v1/summary?${QUERY}`);
	expect(response.status()).toBe(401);
	expect(response.headers()['www-authenticate']).toBe('Bearer');
	expect(response.headers()['cache-control']).toBe('no-store');
});

test('a commissioner reads their localities’ disclosed summary as JSON and as CSV', async ({
	page,
	request
}) => {
	const posted = await request.post('/api/v1/outcomes', {
		data: {
			records: [
				...records(12, { locality: 'example-leeds', monthEnrolled: '2023-05' }),
				...records(3, { locality: 'example-leeds', monthEnrolled: '2023-06' }),
				...records(9, { locality: 'example-cardiff', monthEnrolled: '2023-05' })
			]
		}
	});
	expect(posted.status(), await posted.text()).toBe(201);

	await signInAsCommissioner(page);
	// page.request carries the session cookie the sign-in set.
	const api = page.request;

	// The rollups are refreshed just after the ingest answers.
	await expect
		.poll(async () => (await summary(api, QUERY)).total.values.enrolments, { timeout: 20_000 })
		.toBe(15);

	const byMonth = await summary(api, `${QUERY}&by=month`);
	expect(byMonth.groups.map((g) => [g.label, g.values.enrolments])).toEqual([
		['May 2023', 10],
		['Jun 2023', '*']
	]);
	expect(byMonth.suppressionNote).toMatch(/1 to 7 people is shown as \*/);

	const byLocality = await summary(api, `${QUERY}&by=locality`);
	expect(byLocality.groups.map((g) => g.key)).toEqual(['example-leeds']);

	const cardiff = await api.get(`/api/v1/summary?${QUERY}&locality=example-cardiff`);
	expect(cardiff.status()).toBe(403);

	const invalid = await api.get('/api/v1/summary?from=2023-06&to=2023-05');
	expect(invalid.status()).toBe(400);
	expect(((await invalid.json()) as { issues: { path: string[] }[] }).issues[0]?.path).toEqual([
		'to'
	]);

	const csv = await api.get(`/api/v1/summary?${QUERY}&by=month`, {
		headers: { accept: 'text/csv' }
	});
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(csv.headers()['content-disposition']).toBe(
		'attachment; filename="limber-summary_2023-05_2023-06_by-month.csv"'
	);
	expect(csv.headers()['cache-control']).toBe('no-store');
	const lines = (await csv.text()).split('\r\n');
	expect(lines[0]).toBe('breakdown,group,measure_id,measure,unit,value,note');
	expect(lines).toContain('All,All,enrolments,Enrolments,people (rounded to 5),15,');
	expect(lines).toContain(
		'Month enrolled,Jun 2023,enrolments,Enrolments,people (rounded to 5),*,"Hidden: based on 1 to 7 people, or none"'
	);
});
