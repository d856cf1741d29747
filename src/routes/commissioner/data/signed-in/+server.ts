/**
 * Who is signed in, for the commissioner layout's header (its universal load fetches this).
 * 401 without a principal. The pages read their data through endpoints like this one, not
 * server loads, so the patient app's client runtime carries no server-load code (its first
 * screen budget, tests/build/patient-bundle.test.ts).
 */
import { json } from '@sveltejs/kit';
import { findUserById } from '$lib/server/auth/users';
import { serverDatabase } from '$lib/server/runtime';
import type { SignedIn } from '$lib/components/commissioner/dashboard-view';
import { localityName } from '../../catalogue.server';
import { signedOutResponse } from '../signed-out';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const principal = locals.principal;
	if (principal === undefined) return signedOutResponse();
	const user =
		principal.kind === 'session'
			? await findUserById((await serverDatabase()).db, principal.id)
			: undefined;
	const signedIn: SignedIn = {
		email: user?.email ?? null,
		role: principal.role,
		localityNames: principal.localities === 'all' ? 'all' : principal.localities.map(localityName)
	};
	return json(signedIn);
};
