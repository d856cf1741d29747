/**
 * API tokens for BI tools (`Authorization: Bearer <token>`), made by `limber token create`.
 * Shown once; only the SHA-256 is stored. A revoked token signs nothing in.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { apiTokens } from '../db/schema.js';
import { toPrincipal, type AccessScope } from './access-scope.js';
import type { Principal } from './principal.js';
import { createSecretToken, hashSecretToken, isSecretTokenShaped } from './secret-token.js';

/** Makes a token; the caller prints `token` once. */
export async function createApiToken(
	db: Database,
	input: { scope: AccessScope; label: string; now: Date }
): Promise<{ id: string; token: string }> {
	const id = randomUUID();
	const token = createSecretToken();
	await db.insert(apiTokens).values({
		id,
		tokenHash: hashSecretToken(token),
		label: input.label,
		role: input.scope.role,
		localities: [...input.scope.localities],
		createdAt: input.now,
		revoked: false
	});
	return { id, token };
}

/** The principal of a live token, or undefined for an unknown, revoked or malformed one. */
export async function findTokenPrincipal(
	db: Database,
	token: string
): Promise<Principal | undefined> {
	if (!isSecretTokenShaped(token)) return undefined;
	const [row] = await db
		.select({ id: apiTokens.id, role: apiTokens.role, localities: apiTokens.localities })
		.from(apiTokens)
		.where(and(eq(apiTokens.tokenHash, hashSecretToken(token)), eq(apiTokens.revoked, false)))
		.limit(1);
	return row === undefined ? undefined : toPrincipal({ kind: 'token', ...row });
}

/** Revokes a token by id; true when there was such a token. */
export async function revokeApiToken(db: Database, id: string): Promise<boolean> {
	const updated = await db
		.update(apiTokens)
		.set({ revoked: true })
		.where(eq(apiTokens.id, id))
		.returning({ id: apiTokens.id });
	return updated.length === 1;
}
