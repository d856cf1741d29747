/**
 * How the commissioner pages' universal loads read their data endpoints (on the server while
 * rendering, in the browser after that): the JSON, or a 303 to sign in when the endpoint says
 * the person is not signed in (a session that ended while the page was open).
 */
import { error, redirect } from '@sveltejs/kit';

/** The endpoint's JSON; a 401 sends the person to sign in and back to `url` afterwards. */
export async function fetchData<T>(
	fetch: typeof globalThis.fetch,
	endpoint: string,
	url: URL
): Promise<T> {
	const response = await fetch(endpoint);
	if (response.status === 401) {
		redirect(303, `/commissioner/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	}
	if (!response.ok) error(response.status, 'The dashboard could not be loaded. Try again.');
	return (await response.json()) as T;
}
