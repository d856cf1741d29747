/** The sign-in page's state; someone already signed in goes straight on (see ../data/login). */
import { redirect } from '@sveltejs/kit';
import type { LoginState } from '../data/login/+server';
import { fetchData } from '../data/fetch-data';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
	const state = await fetchData<LoginState>(fetch, `/commissioner/data/login${url.search}`, url);
	if (state.isSignedIn) redirect(303, state.next);
	return { next: state.next, step: state.step, isSignedOut: state.isSignedOut };
};
