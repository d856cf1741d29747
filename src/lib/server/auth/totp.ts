/**
 * The second factor: time-based one-time passwords (RFC 6238) as authenticator apps make them:
 * HMAC-SHA-1, 30-second steps, 6 digits, a base32 secret shared through an `otpauth://` URI.
 * A code from the step before or after the current one is accepted too (clock drift, and the
 * seconds it takes to type).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Seconds per step. */
export const TOTP_STEP_SECONDS = 30;
/** Digits in a code. */
export const TOTP_DIGITS = 6;
/** Steps either side of now whose codes are accepted. */
export const TOTP_WINDOW = 1;
/** Who the account belongs to, as authenticator apps list it. */
export const TOTP_ISSUER = 'Limber';

/** A new secret: 20 random bytes (the HMAC-SHA-1 block RFC 4226 recommends), base32. */
export function generateTotpSecret(): string {
	return encodeBase32(randomBytes(20));
}

/** The step (counter) that `timeMs` falls in. */
export function totpStepAt(timeMs: number): number {
	return Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS);
}

/**
 * The code for `step` (RFC 4226 HOTP with the time step as counter). `digits` is 6 for our
 * accounts; the RFC's own test vectors use 8.
 */
export function generateTotp(input: { key: Uint8Array; step: number; digits?: number }): string {
	const digits = input.digits ?? TOTP_DIGITS;
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(input.step));
	const mac = createHmac('sha1', input.key).update(counter).digest();
	// Dynamic truncation (RFC 4226 section 5.3).
	const offset = mac[mac.length - 1]! & 0x0f;
	const binary = mac.readUInt32BE(offset) & 0x7fffffff;
	return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The current code for a base32 secret (tests, and the CLI's check after `user add`). */
export function totpCodeAt(secret: string, timeMs: number): string {
	return generateTotp({ key: decodeBase32(secret), step: totpStepAt(timeMs) });
}

/**
 * Checks a code typed by the user against the steps around `timeMs`. Every candidate is
 * compared, in constant time, whatever matched first. Returns the step that matched, so the
 * caller can refuse a code that was already used.
 */
export function verifyTotp(input: {
	secret: string;
	code: string;
	timeMs: number;
}): { ok: true; step: number } | { ok: false } {
	if (!/^\d{6}$/.test(input.code)) return { ok: false };
	const key = decodeBase32(input.secret);
	const given = Buffer.from(input.code);
	const now = totpStepAt(input.timeMs);
	let matched: number | undefined;
	for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
		const expected = Buffer.from(generateTotp({ key, step }));
		if (timingSafeEqual(expected, given) && matched === undefined) matched = step;
	}
	return matched === undefined ? { ok: false } : { ok: true, step: matched };
}

/**
 * The `otpauth://` URI authenticator apps read (Google Authenticator's Key Uri Format), for
 * a QR code or for pasting.
 */
export function totpUri(input: { secret: string; account: string }): string {
	const label = `${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(input.account)}`;
	const query = new URLSearchParams({
		secret: input.secret,
		issuer: TOTP_ISSUER,
		algorithm: 'SHA1',
		digits: String(TOTP_DIGITS),
		period: String(TOTP_STEP_SECONDS)
	});
	return `otpauth://totp/${label}?${query.toString()}`;
}

/** RFC 4226 section 4: a shared secret of at least 128 bits. */
export const MIN_TOTP_SECRET_BYTES = 16;

/**
 * A secret given by hand (`limber user add --totp-secret`) in the form we store: upper-case
 * base32 without spaces or padding; undefined when it is not base32 or shorter than 128 bits.
 */
export function normalizeTotpSecret(text: string): string | undefined {
	const clean = text.toUpperCase().replace(/[\s=-]/g, '');
	if (!/^[A-Z2-7]+$/.test(clean)) return undefined;
	return decodeBase32(clean).length >= MIN_TOTP_SECRET_BYTES ? clean : undefined;
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, upper case, without padding (what authenticator apps expect). */
export function encodeBase32(bytes: Uint8Array): string {
	let bits = 0;
	let value = 0;
	let output = '';
	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			output += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) output += BASE32_ALPHABET[(value << (5 - bits)) & 31];
	return output;
}

/**
 * Decodes base32, forgiving what people do when they copy a secret by hand: lower case,
 * spaces, hyphens and padding.
 * @throws Error for a character outside the alphabet (a bug: secrets come from our database)
 */
export function decodeBase32(text: string): Buffer {
	const clean = text.toUpperCase().replace(/[\s=-]/g, '');
	let bits = 0;
	let value = 0;
	const output: number[] = [];
	for (const character of clean) {
		const index = BASE32_ALPHABET.indexOf(character);
		if (index === -1) throw new Error(`Not a base32 character: ${character}`);
		value = ((value << 5) | index) & 0xffff;
		bits += 5;
		if (bits >= 8) {
			output.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(output);
}
