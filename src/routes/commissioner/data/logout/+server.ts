/** Whether a session is signed in, for the sign-out page (fetched by its load). */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) =>
	json({ isSignedIn: locals.principal?.kind === 'session' });
