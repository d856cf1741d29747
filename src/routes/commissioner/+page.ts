/** The dashboard: its data for the filters in the address (see ./data/dashboard). */
import type { DashboardPageData } from '$lib/components/commissioner/dashboard-view';
import { fetchData } from './data/fetch-data';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url }) =>
	fetchData<DashboardPageData>(fetch, `/commissioner/data/dashboard${url.search}`, url);
