/**
 * Passwords: argon2id (hash-wasm, pure WebAssembly, so nothing native to build) with OWASP's
 * minimum parameters (19 MiB, 2 iterations, 1 lane), stored as an encoded PHC string
 * (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`) so that stronger parameters can be adopted
 * later without breaking the hashes already stored.
 *
 * Verification recomputes the hash with the stored parameters and compares the bytes with
 * `timingSafeEqual`; hash-wasm's own `argon2Verify` compares strings, which can stop early.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { argon2id } from 'hash-wasm';

/** Shorter passwords are refused when an account is made. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longer ones too: argon2 hashes any length, but nobody types more, and it bounds the work. */
export const MAX_PASSWORD_LENGTH = 1024;

/** argon2id parameters for new hashes (OWASP Password Storage Cheat Sheet, first option). */
export const ARGON2_PARAMETERS = {
	/** KiB: 19 MiB. */
	memorySize: 19_456,
	iterations: 2,
	parallelism: 1,
	saltLength: 16,
	hashLength: 32
} as const;

/** The encoded PHC string of `password`, with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
	return argon2id({
		password: password.normalize('NFC'),
		salt: randomBytes(ARGON2_PARAMETERS.saltLength),
		memorySize: ARGON2_PARAMETERS.memorySize,
		iterations: ARGON2_PARAMETERS.iterations,
		parallelism: ARGON2_PARAMETERS.parallelism,
		hashLength: ARGON2_PARAMETERS.hashLength,
		outputType: 'encoded'
	});
}

/**
 * True when `password` matches the stored PHC string, compared in constant time. A string that
 * is not an argon2id hash we could have written never matches.
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
	const parsed = parsePhc(storedHash);
	// argon2 refuses an empty password, and a huge one would only cost us time: neither can be
	// an account's password (findPasswordWeakness refused them when it was set).
	if (parsed === undefined || password === '' || password.length > 4 * MAX_PASSWORD_LENGTH) {
		return false;
	}
	const computed = await argon2id({
		password: password.normalize('NFC'),
		salt: parsed.salt,
		memorySize: parsed.memorySize,
		iterations: parsed.iterations,
		parallelism: parsed.parallelism,
		hashLength: parsed.hash.length,
		outputType: 'binary'
	});
	return computed.length === parsed.hash.length && timingSafeEqual(computed, parsed.hash);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for sign-ins with an unknown email address:
 * otherwise a quick "no" would tell an attacker which addresses have accounts. Always false.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
	dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
	await verifyPassword(await dummyHash, password);
	return false;
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function findPasswordWeakness(password: string): string | undefined {
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH) {
		return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long (it has ${length}).`;
	}
	if (length > MAX_PASSWORD_LENGTH) {
		return `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
	}
	if (new Set(password).size < 4) {
		return 'The password repeats too few characters; choose a longer passphrase.';
	}
	return undefined;
}

interface PhcParameters {
	readonly memorySize: number;
	readonly iterations: number;
	readonly parallelism: number;
	readonly salt: Uint8Array;
	readonly hash: Uint8Array;
}

/**
 * Reads `$argon2id$v=19$m=..,t=..,p=..$salt$hash` (unpadded base64). Parameters far outside
 * what we write are refused rather than run: a tampered row must not make a sign-in take minutes.
 */
function parsePhc(encoded: string): PhcParameters | undefined {
	const match =
		/^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
			encoded
		);
	if (match === null) return undefined;
	const [, m, t, p, salt, hash] = match as unknown as [
		string,
		string,
		string,
		string,
		string,
		string
	];
	const parameters = {
		memorySize: Number(m),
		iterations: Number(t),
		parallelism: Number(p),
		salt: Buffer.from(salt, 'base64'),
		hash: Buffer.from(hash, 'base64')
	};
	const isSane =
		parameters.memorySize >= 8 * parameters.parallelism &&
		parameters.memorySize <= 1_048_576 &&
		parameters.iterations >= 1 &&
		parameters.parallelism >= 1 &&
		parameters.salt.length >= 8 &&
		parameters.hash.length >= 16;
	return isSane ? parameters : undefined;
}
