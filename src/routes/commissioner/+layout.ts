// Commissioner pages are rendered on the server for each request (the root layout turns server
// rendering off for the patient app): they show live, signed-in data, so nothing is prerendered
// and nothing is cached (decision 10; the security-header hook sends no-store).
//
// Their data comes from endpoints under /commissioner/data through universal loads, never from
// server loads: one server load anywhere puts SvelteKit's server-load client code into the
// runtime every patient page downloads (tests/build/patient-bundle.test.ts).
import type { SignedIn } from '$lib/components/commissioner/dashboard-view';
import { fetchData } from './data/fetch-data';
import type { LayoutLoad } from './$types';

export const ssr = true;
export const prerender = false;

/** Pages under /commissioner that must work without a session. */
const OPEN_PATHS = ['/commissioner/login', '/commissioner/logout'] as const;

export const load: LayoutLoad = async ({ fetch, url }) => {
	if (isOpenPath(url.pathname)) return { signedIn: null };
	const signedIn = await fetchData<SignedIn>(fetch, '/commissioner/data/signed-in', url);
	return { signedIn };
};

function isOpenPath(pathname: string): boolean {
	return OPEN_PATHS.some((open) => pathname === open || pathname.startsWith(`${open}/`));
}
