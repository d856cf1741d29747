/**
 * The dashboard's CSV download: the same disclosed summary as the page (and as
 * `GET /api/v1/summary` with `Accept: text/csv`), for the filters in the address. A link the
 * browser follows with the session cookie, so it needs no script.
 */
import { error } from '@sveltejs/kit';
import { serverDatabase } from '$lib/server/runtime';
import { readSummary, summaryToCsv } from '$lib/server/summaries/summary';
import { readFilters } from '../filters.server';
import { requirePrincipal } from '../guard.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const principal = requirePrincipal(locals, url);
	const read = readFilters({ url, principal, now: new Date() });
	if (!read.ok) {
		error(400, read.issues.map((issue) => issue.message).join(' '));
	}
	const { query, by } = read.filters;
	const summary = await readSummary(await serverDatabase(), { ...query, by }, principal);
	return new Response(summaryToCsv(summary), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="limber-summary-${query.from}-to-${query.to}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
