import { serverDatabase } from '$lib/server/runtime';
import {
	BREAKDOWN_LABELS,
	SUMMARY_BREAKDOWNS,
	SUMMARY_MEASURES
} from '$lib/server/summaries/summary';
import type { FilterOptions } from '$lib/components/commissioner/dashboard-view';
import { localityOptions, pathwayOptions } from './catalogue.server';
import { readDashboard } from './dashboard.server';
import { readFilters } from './filters.server';
import { requirePrincipal } from './guard.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Loads run in parallel: check here too rather than trust the layout to have run first.
	const principal = requirePrincipal(locals, url);
	const options: FilterOptions = {
		pathways: pathwayOptions(),
		localities: localityOptions(principal),
		breakdowns: SUMMARY_BREAKDOWNS.map((by) => ({ value: by, label: BREAKDOWN_LABELS[by] })),
		measures: SUMMARY_MEASURES.map((measure) => ({ value: measure.id, label: measure.label }))
	};
	const read = readFilters({ url, principal, now: new Date() });
	if (!read.ok) return { values: read.values, options, issues: read.issues, dashboard: null };
	const dashboard = await readDashboard({
		database: await serverDatabase(),
		principal,
		filters: read.filters
	});
	return { values: read.values, options, issues: [], dashboard };
};
