/**
 * Who is asking: a signed-in commissioner or admin (session cookie), or a BI tool with an API
 * token. Set on `event.locals.principal` by the auth handle; absent for anonymous requests.
 */
export interface Principal {
	readonly kind: 'session' | 'token';
	/** User id or token id. */
	readonly id: string;
	readonly role: 'commissioner' | 'admin';
	/** The localities this principal may see; 'all' for an admin without a list. */
	readonly localities: readonly string[] | 'all';
}

/** True when the principal may see data for `locality`. */
export function canSeeLocality(principal: Principal, locality: string): boolean {
	return principal.localities === 'all' || principal.localities.includes(locality);
}
