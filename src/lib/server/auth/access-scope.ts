/**
 * What an account or API token may see: a role and a list of localities. Parsed from the
 * CLI's `--role` and `--localities`, checked against the locality files that exist, and turned
 * into the `Principal` the rest of the server reads.
 */
import type { Principal } from './principal.js';

export const ROLES = ['commissioner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A role with its localities; an admin with none sees every locality. */
export interface AccessScope {
	readonly role: Role;
	readonly localities: readonly string[];
}

export type AccessScopeResult = { ok: true; scope: AccessScope } | { ok: false; message: string };

/**
 * Parses `--role` and `--localities` (comma-separated ids). A commissioner must name at least
 * one locality; every id must be one of `knownLocalities`.
 */
export function parseAccessScope(input: {
	role: string | undefined;
	localities: string | undefined;
	knownLocalities: readonly string[];
}): AccessScopeResult {
	const role = ROLES.find((candidate) => candidate === input.role);
	if (role === undefined) {
		return {
			ok: false,
			message:
				input.role === undefined
					? 'Give a role: --role commissioner or --role admin.'
					: `Unknown role "${input.role}": use commissioner or admin.`
		};
	}
	const localities = [
		...new Set(
			(input.localities ?? '')
				.split(',')
				.map((id) => id.trim())
				.filter((id) => id !== '')
		)
	];
	if (role === 'commissioner' && localities.length === 0) {
		return {
			ok: false,
			message: `A commissioner sees only their localities: give --localities (known: ${input.knownLocalities.join(', ')}).`
		};
	}
	const unknown = localities.filter((id) => !input.knownLocalities.includes(id));
	if (unknown.length > 0) {
		return {
			ok: false,
			message: `Unknown localit${unknown.length === 1 ? 'y' : 'ies'}: ${unknown.join(', ')} (known: ${input.knownLocalities.join(', ')}).`
		};
	}
	return { ok: true, scope: { role, localities } };
}

/** The principal for a user or token with this scope. */
export function toPrincipal(input: {
	kind: Principal['kind'];
	id: string;
	role: Role;
	localities: readonly string[];
}): Principal {
	return {
		kind: input.kind,
		id: input.id,
		role: input.role,
		// An admin without a list sees everything; a commissioner's empty list sees nothing.
		localities: input.role === 'admin' && input.localities.length === 0 ? 'all' : input.localities
	};
}
