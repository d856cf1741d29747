/**
 * The dashboard's data for the filters in the query string: the filter options this principal
 * may use, the filters as typed, their located problems, and the disclosed summary figures.
 * Fetched by the dashboard page's universal load. 401 without a principal.
 */
import { json } from '@sveltejs/kit';
import { serverDatabase } from '$lib/server/runtime';
import {
	BREAKDOWN_LABELS,
	SUMMARY_BREAKDOWNS,
	SUMMARY_MEASURES
} from '$lib/server/summaries/summary';
import type { DashboardPageData, FilterOptions } from '$lib/components/commissioner/dashboard-view';
import { localityOptions, pathwayOptions } from '../../catalogue.server';
import { readDashboard } from '../../dashboard.server';
import { readFilters } from '../../filters.server';
import { signedOutResponse } from '../signed-out';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const principal = locals.principal;
	if (principal === undefined) return signedOutResponse();
	const options: FilterOptions = {
		pathways: pathwayOptions(),
		localities: localityOptions(principal),
		breakdowns: SUMMARY_BREAKDOWNS.map((by) => ({ value: by, label: BREAKDOWN_LABELS[by] })),
		measures: SUMMARY_MEASURES.map((measure) => ({ value: measure.id, label: measure.label }))
	};
	const read = readFilters({ url, principal, now: new Date() });
	const data: DashboardPageData = read.ok
		? {
				values: read.values,
				options,
				issues: [],
				dashboard: await readDashboard({
					database: await serverDatabase(),
					principal,
					filters: read.filters
				})
			}
		: { values: read.values, options, issues: read.issues, dashboard: null };
	return json(data);
};
