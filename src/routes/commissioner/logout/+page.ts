/** The sign-out page: whether there is a session to end (see ../data/logout). */
import { fetchData } from '../data/fetch-data';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, url }) =>
	fetchData<{ isSignedIn: boolean }>(fetch, '/commissioner/data/logout', url);
