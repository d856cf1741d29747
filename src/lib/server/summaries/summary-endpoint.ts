/**
 * `GET /api/v1/summary?from=YYYY-MM&to=YYYY-MM&pathway=&locality=&by=` (docs/api.md), as a
 * function of the request so that tests can call it against a real database without a server.
 *
 * - 401 with `WWW-Authenticate: Bearer` without a principal (a session or an API token);
 * - 400 with the Zod issues for a bad query;
 * - 403 for a `locality` outside the principal's localities;
 * - 200 JSON (`Summary`) by default, or CSV when the client prefers `text/csv`
 *   (`Content-Disposition: attachment`); 406 when it accepts neither.
 *
 * Every response is `Cache-Control: no-store`: summaries are never cached by a browser, a proxy
 * or the service worker.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { ServerDatabase } from '../db/connection.js';
import { invalidBody, problemResponse, type Problem } from '../http/problem.js';
import {
	isQueryInScope,
	parseSummaryQuery,
	readSummary,
	summaryToCsv,
	type SummaryQuery
} from './summary.js';

/** What the handler reads from SvelteKit's event. */
export type SummaryEvent = Pick<RequestEvent, 'url' | 'request' | 'locals'>;

const JSON_TYPE = 'application/json';
const CSV_TYPE = 'text/csv';

const NO_STORE = { 'cache-control': 'no-store', vary: 'Accept, Authorization, Cookie' };

/** Answers a summary request from the rollups of `database`. */
export async function respondWithSummary(
	event: SummaryEvent,
	database: ServerDatabase
): Promise<Response> {
	const principal = event.locals.principal;
	if (principal === undefined) return refuse({ kind: 'unauthorized' });

	const parsed = parseSummaryQuery(event.url.searchParams);
	if (!parsed.ok) return invalidQuery(parsed.issues);
	const query = parsed.query;
	if (!isQueryInScope(query, principal)) {
		return refuse({
			kind: 'forbidden',
			detail: `Your account may not see locality "${query.locality ?? ''}".`
		});
	}

	const type = preferredType(event.request.headers.get('accept'));
	if (type === undefined)
		return refuse({ kind: 'not-acceptable', available: [JSON_TYPE, CSV_TYPE] });

	const summary = await readSummary(database, query, principal);
	if (type === CSV_TYPE) {
		return new Response(summaryToCsv(summary), {
			headers: {
				...NO_STORE,
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="${csvFileName(query)}"`
			}
		});
	}
	return new Response(JSON.stringify(summary), {
		headers: { ...NO_STORE, 'content-type': 'application/json; charset=utf-8' }
	});
}

/** The downloaded file's name, from the query ("limber-summary_2026-01_2026-12_by-month.csv"). */
export function csvFileName(query: SummaryQuery): string {
	const parts = ['limber-summary', query.from, query.to];
	if (query.pathway !== undefined) parts.push(query.pathway);
	if (query.locality !== undefined) parts.push(query.locality);
	if (query.by !== undefined) parts.push(`by-${query.by}`);
	// Every part is a month or a kebab-case id, so the name needs no quoting or escaping.
	return `${parts.join('_')}.csv`;
}

/**
 * JSON or CSV, by the `Accept` header's quality values (RFC 9110 section 12.5.1): JSON when
 * there is no header or on a tie (a browser's `*\/*`), undefined when neither is acceptable.
 */
export function preferredType(
	accept: string | null
): typeof JSON_TYPE | typeof CSV_TYPE | undefined {
	if (accept === null || accept.trim() === '') return JSON_TYPE;
	const ranges = accept.split(',').flatMap((part) => {
		const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
		if (range === undefined || range === '') return [];
		const q = parameters.find((parameter) => parameter.startsWith('q='));
		const quality = q === undefined ? 1 : Number(q.slice(2));
		return [{ range, quality: Number.isFinite(quality) ? quality : 0 }];
	});
	// The most specific matching range decides a type's quality.
	const qualityOf = (type: string): number => {
		const [main] = type.split('/');
		for (const candidate of [type, `${main}/*`, '*/*']) {
			const match = ranges.find((range) => range.range === candidate);
			if (match !== undefined) return match.quality;
		}
		return 0;
	};
	const json = qualityOf(JSON_TYPE);
	const csv = qualityOf(CSV_TYPE);
	if (json <= 0 && csv <= 0) return undefined;
	return csv > json ? CSV_TYPE : JSON_TYPE;
}

function refuse(problem: Problem): Response {
	const response = problemResponse(problem);
	for (const [name, value] of Object.entries(NO_STORE)) response.headers.set(name, value);
	return response;
}

/** 400 with Zod's path, code and message per issue (the same shape as an invalid body). */
function invalidQuery(issues: Parameters<typeof invalidBody>[0]): Response {
	const problem = invalidBody(issues);
	const listed = problem.kind === 'invalid-body' ? problem.issues : [];
	return new Response(
		JSON.stringify({
			status: 400,
			title: 'Invalid query',
			detail:
				'Use from=YYYY-MM&to=YYYY-MM (at most 60 months), and optionally pathway, locality ' +
				'and by (month, locality, pathway, ageBand, sex, ethnicity or referral).',
			issues: listed
		}),
		{ status: 400, headers: { ...NO_STORE, 'content-type': 'application/problem+json' } }
	);
}
