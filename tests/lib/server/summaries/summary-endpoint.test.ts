import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../../src/lib/server/auth/principal.js';
import { generateSyntheticRecords } from '../../../../src/lib/server/seed/synthetic-records.js';
import { refreshRollups } from '../../../../src/lib/server/summaries/rollups.js';
import {
	csvFileName,
	preferredType,
	respondWithSummary
} from '../../../../src/lib/server/summaries/summary-endpoint.js';
import {
	readSummary,
	SUMMARY_MEASURES,
	type Summary
} from '../../../../src/lib/server/summaries/summary.js';
import { describeEachEngine } from '../databases.js';
import { parseCsv } from './csv.js';
import { storeRecords } from './records.js';

const admin: Principal = { kind: 'token', id: 'admin', role: 'admin', localities: 'all' };
const leeds: Principal = {
	kind: 'session',
	id: 'leeds',
	role: 'commissioner',
	localities: ['example-leeds']
};

function summaryEvent(query: string, options: { principal?: Principal; accept?: string } = {}) {
	const url = new URL(`http://limber.test/api/v1/summary?${query}`);
	const headers = new Headers(options.accept === undefined ? {} : { accept: options.accept });
	return {
		url,
		request: new Request(url, { headers }),
		locals: options.principal === undefined ? {} : { principal: options.principal }
	};
}

describe('preferredType', () => {
	it.each([
		[null, 'application/json'],
		['', 'application/json'],
		['text/csv', 'text/csv'],
		['application/json', 'application/json'],
		['text/csv, application/json;q=0.5', 'text/csv'],
		['application/json, text/csv;q=0.9', 'application/json'],
		['text/html,application/xhtml+xml,*/*;q=0.8', 'application/json'],
		['text/*', 'text/csv'],
		['image/png', undefined],
		['text/csv;q=0, application/json;q=0', undefined]
	])('for Accept %j is %j', (accept, type) => {
		expect(preferredType(accept)).toBe(type);
	});
});

describe('csvFileName', () => {
	it('names the download after the query, with nothing that needs quoting', () => {
		expect(csvFileName({ from: '2026-01', to: '2026-12' })).toBe(
			'limber-summary_2026-01_2026-12.csv'
		);
		expect(
			csvFileName({
				from: '2026-01',
				to: '2026-03',
				pathway: 'knee-pain',
				locality: 'example-leeds',
				by: 'ageBand'
			})
		).toBe('limber-summary_2026-01_2026-03_knee-pain_example-leeds_by-ageBand.csv');
	});
});

describeEachEngine('GET /api/v1/summary', (database) => {
	beforeAll(async () => {
		const records = generateSyntheticRecords({
			seed: 11,
			endMonth: '2026-06',
			localities: ['example-leeds', 'example-cardiff'],
			count: 300
		});
		await storeRecords(database(), records);
		await refreshRollups(database());
	}, 60_000);

	it('is 401 with WWW-Authenticate: Bearer without a session or token', async () => {
		const response = await respondWithSummary(summaryEvent('from=2026-01&to=2026-06'), database());
		expect(response.status).toBe(401);
		expect(response.headers.get('www-authenticate')).toBe('Bearer');
		expect(response.headers.get('cache-control')).toBe('no-store');
	});

	it('is 400 with the located Zod issues for a bad query', async () => {
		const response = await respondWithSummary(
			summaryEvent('from=2026-06&to=2026-01&by=postcode', { principal: admin }),
			database()
		);
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		const body = (await response.json()) as { issues: { path: string[]; message: string }[] };
		expect(body.issues.map((issue) => issue.path)).toEqual([['by']]);

		const reversed = await respondWithSummary(
			summaryEvent('from=2026-06&to=2026-01', { principal: admin }),
			database()
		);
		const reversedBody = (await reversed.json()) as {
			issues: { path: string[]; message: string }[];
		};
		expect(reversedBody.issues.map((issue) => issue.path)).toEqual([['to']]);
		expect(reversedBody.issues[0]?.message).toMatch(/must not be before/);
	});

	it('is 403 for a locality outside the principal’s scope', async () => {
		const response = await respondWithSummary(
			summaryEvent('from=2026-01&to=2026-06&locality=example-cardiff', { principal: leeds }),
			database()
		);
		expect(response.status).toBe(403);
		expect(((await response.json()) as { detail: string }).detail).toMatch(/example-cardiff/);
	});

	it('is 200 JSON: the disclosed summary for the principal’s localities', async () => {
		const response = await respondWithSummary(
			summaryEvent('from=2024-07&to=2026-06&by=locality', { principal: leeds }),
			database()
		);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('cache-control')).toBe('no-store');
		const body = (await response.json()) as Summary;
		expect(body).toEqual(
			await readSummary(database(), { from: '2024-07', to: '2026-06', by: 'locality' }, leeds)
		);
		expect(body.groups.map((group) => group.key)).toEqual(['example-leeds']);
		expect(body.total.values.enrolments).toBeGreaterThan(0);
	});

	it('is 200 CSV with Accept: text/csv, as an attachment', async () => {
		const response = await respondWithSummary(
			summaryEvent('from=2024-07&to=2026-06&by=month', { principal: admin, accept: 'text/csv' }),
			database()
		);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe(
			'attachment; filename="limber-summary_2024-07_2026-06_by-month.csv"'
		);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const rows = parseCsv(await response.text());
		expect(rows[0]).toEqual([
			'breakdown',
			'group',
			'measure_id',
			'measure',
			'unit',
			'value',
			'note'
		]);
		// The total, then 24 months, each with every measure, then codes, signposts and the note.
		const measureRows = rows.filter((row) => SUMMARY_MEASURES.some((m) => m.id === row[2]));
		expect(measureRows).toHaveLength(25 * SUMMARY_MEASURES.length);
		expect(measureRows[0]?.slice(0, 3)).toEqual(['All', 'All', 'enrolments']);
		expect(rows.at(-1)?.[0]).toBe('Note');
		expect(rows.at(-1)?.[3]).toMatch(/shown as \*/);
	});

	it('is 406 when the client accepts neither JSON nor CSV', async () => {
		const response = await respondWithSummary(
			summaryEvent('from=2026-01&to=2026-06', { principal: admin, accept: 'image/png' }),
			database()
		);
		expect(response.status).toBe(406);
	});
});
