/**
 * Commissioner and admin accounts (`users`): made by `limber user add`, read at sign-in.
 * Email addresses are stored lower-case; the password only as an argon2id hash.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/connection.js';
import { users } from '../db/schema.js';
import type { AccessScope, Role } from './access-scope.js';
import { hashPassword } from './password.js';
import { generateTotpSecret } from './totp.js';

/** An account as stored. */
export interface User {
	readonly id: string;
	readonly email: string;
	readonly passwordHash: string;
	readonly role: Role;
	readonly localities: readonly string[];
	readonly totpSecret: string;
}

/** The form an email address is stored and looked up in. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** A plausible address: one @, something either side, a dot in the domain, no spaces. */
export function isEmailShaped(email: string): boolean {
	return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export type CreateUserResult =
	{ ok: true; user: User } | { ok: false; error: 'email-taken' | 'email-invalid' };

/**
 * Makes an account with a new TOTP secret (or the given one, already normalised by
 * `normalizeTotpSecret`: scripted set-ups and tests). The password must already have passed
 * `findPasswordWeakness`; the caller shows the secret to the user once.
 */
export async function createUser(
	db: Database,
	input: { email: string; password: string; scope: AccessScope; now: Date; totpSecret?: string }
): Promise<CreateUserResult> {
	const email = normalizeEmail(input.email);
	if (!isEmailShaped(email)) return { ok: false, error: 'email-invalid' };
	const user: User = {
		id: randomUUID(),
		email,
		passwordHash: await hashPassword(input.password),
		role: input.scope.role,
		localities: input.scope.localities,
		totpSecret: input.totpSecret ?? generateTotpSecret()
	};
	const inserted = await db
		.insert(users)
		.values({ ...user, localities: [...user.localities], createdAt: input.now })
		.onConflictDoNothing({ target: users.email })
		.returning({ id: users.id });
	return inserted.length === 1 ? { ok: true, user } : { ok: false, error: 'email-taken' };
}

/** The account with this email address (any case), if there is one. */
export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
	const [row] = await db
		.select()
		.from(users)
		.where(eq(users.email, normalizeEmail(email)))
		.limit(1);
	return row;
}

/** The account with this id, if there is one. */
export async function findUserById(db: Database, id: string): Promise<User | undefined> {
	const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
	return row;
}
