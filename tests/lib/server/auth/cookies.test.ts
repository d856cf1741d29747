import { describe, expect, it } from 'vitest';
import { isLoopbackHttp } from '../../../../src/lib/server/auth/cookies.js';

describe('secure cookies', () => {
	it('are relaxed only for plain http on a loopback host', () => {
		for (const url of [
			'http://localhost:3000/',
			'http://127.0.0.1:4173/',
			'http://[::1]:4173/',
			'http://app.localhost/'
		]) {
			expect(isLoopbackHttp(new URL(url)), url).toBe(true);
		}
		for (const url of [
			'https://localhost/',
			'https://limber.example.nhs.uk/',
			'http://limber.example.nhs.uk/',
			'http://10.0.0.5/',
			'http://localhost.example.com/'
		]) {
			expect(isLoopbackHttp(new URL(url)), url).toBe(false);
		}
	});
});
