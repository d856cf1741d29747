/** The answer of every commissioner data endpoint to a request without a principal. */
import { json } from '@sveltejs/kit';

/** 401: the page's load sends the person to sign in. */
export function signedOutResponse(): Response {
	return json({ message: 'Sign in to see this.' }, { status: 401 });
}
