import { describe, expect, it } from 'vitest';
import {
	decodeBase32,
	encodeBase32,
	generateTotp,
	generateTotpSecret,
	totpCodeAt,
	totpStepAt,
	totpUri,
	verifyTotp
} from '../../../../src/lib/server/auth/totp.js';

describe('TOTP codes', () => {
	// RFC 6238 appendix B, SHA-1 rows: the ASCII seed "12345678901234567890", 8 digits.
	const RFC_SEED = Buffer.from('12345678901234567890', 'ascii');
	const RFC_VECTORS = [
		[59, '94287082'],
		[1111111109, '07081804'],
		[1111111111, '14050471'],
		[1234567890, '89005924'],
		[2000000000, '69279037'],
		[20000000000, '65353130']
	] as const;

	it.each(RFC_VECTORS)('match RFC 6238 at T = %i seconds: %s', (seconds, expected) => {
		expect(generateTotp({ key: RFC_SEED, step: totpStepAt(seconds * 1000), digits: 8 })).toBe(
			expected
		);
	});

	it('are the last 6 digits of the RFC code for 6-digit accounts', () => {
		for (const [seconds, expected] of RFC_VECTORS) {
			expect(totpCodeAt(encodeBase32(RFC_SEED), seconds * 1000)).toBe(expected.slice(2));
		}
	});

	it('are accepted in the current 30-second step and one step either side, and no further', () => {
		const secret = generateTotpSecret();
		const now = 1_750_000_000_000;
		const step = totpStepAt(now);
		const at = (offset: number) => totpCodeAt(secret, now + offset * 30_000);
		expect(verifyTotp({ secret, code: at(0), timeMs: now })).toEqual({ ok: true, step });
		expect(verifyTotp({ secret, code: at(-1), timeMs: now })).toEqual({ ok: true, step: step - 1 });
		expect(verifyTotp({ secret, code: at(1), timeMs: now })).toEqual({ ok: true, step: step + 1 });
		// Codes two steps away are refused unless they happen to coincide with a code in the window.
		const window = new Set([at(-1), at(0), at(1)]);
		for (const offset of [-2, 2]) {
			if (!window.has(at(offset))) {
				expect(verifyTotp({ secret, code: at(offset), timeMs: now })).toEqual({ ok: false });
			}
		}
	});

	it('refuse anything that is not exactly 6 digits', () => {
		const secret = generateTotpSecret();
		const now = Date.now();
		const code = totpCodeAt(secret, now);
		for (const bad of ['', `${code} `, ` ${code}`, code.slice(1), `${code}0`, 'abcdef']) {
			expect(verifyTotp({ secret, code: bad, timeMs: now }).ok).toBe(false);
		}
	});

	it('come from secrets of 20 random bytes, 32 base32 characters', () => {
		const secret = generateTotpSecret();
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);
		expect(decodeBase32(secret)).toHaveLength(20);
		expect(generateTotpSecret()).not.toBe(secret);
	});
});

describe('base32', () => {
	// RFC 4648 section 10, padding left off as authenticator apps expect.
	it.each([
		['', ''],
		['f', 'MY'],
		['fo', 'MZXQ'],
		['foo', 'MZXW6'],
		['foob', 'MZXW6YQ'],
		['fooba', 'MZXW6YTB'],
		['foobar', 'MZXW6YTBOI']
	])('encodes %j as %j and back', (text, encoded) => {
		expect(encodeBase32(Buffer.from(text))).toBe(encoded);
		expect(decodeBase32(encoded).toString()).toBe(text);
	});

	it('decodes secrets typed by hand: lower case, spaces, hyphens and padding', () => {
		expect(decodeBase32('mzxw 6ytb-oi======').toString()).toBe('foobar');
	});

	it('refuses characters outside the alphabet', () => {
		expect(() => decodeBase32('MZXW1')).toThrow(/Not a base32 character: 1/);
	});
});

describe('the otpauth URI', () => {
	it('names Limber and the account, and carries the secret, SHA-1, 6 digits and 30 seconds', () => {
		const uri = new URL(totpUri({ secret: 'JBSWY3DPEHPK3PXP', account: 'ann@example.nhs.uk' }));
		expect(uri.protocol).toBe('otpauth:');
		expect(uri.host).toBe('totp');
		expect(decodeURIComponent(uri.pathname)).toBe('/Limber:ann@example.nhs.uk');
		expect(Object.fromEntries(uri.searchParams)).toEqual({
			secret: 'JBSWY3DPEHPK3PXP',
			issuer: 'Limber',
			algorithm: 'SHA1',
			digits: '6',
			period: '30'
		});
	});
});
