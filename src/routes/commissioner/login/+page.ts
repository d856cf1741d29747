/** The sign-in page's state; someone already signed in goes straight on (see ./state). */
import { redirect } from '@sveltejs/kit';
import type { LoginState } from './state/+server';
import { fetchData } from '../data/fetch-data';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, url }) => {
	const state = await fetchData<LoginState>(fetch, `/commissioner/login/state${url.search}`, url);
	if (state.isSignedIn) redirect(303, state.next);
	return { next: state.next, step: state.step, isSignedOut: state.isSignedOut };
};
