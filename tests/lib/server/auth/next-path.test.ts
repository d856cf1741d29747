import { describe, expect, it } from 'vitest';
import { DEFAULT_NEXT_PATH, safeNextPath } from '../../../../src/lib/server/auth/next-path.js';

describe('the address after signing in', () => {
	it('keeps a path on this site with its query', () => {
		expect(safeNextPath('/commissioner?from=2026-01&to=2026-06&by=ageBand')).toBe(
			'/commissioner?from=2026-01&to=2026-06&by=ageBand'
		);
		expect(safeNextPath('/commissioner/summary.csv')).toBe('/commissioner/summary.csv');
	});

	it('falls back to the dashboard when there is none', () => {
		expect(safeNextPath(null)).toBe(DEFAULT_NEXT_PATH);
		expect(safeNextPath(undefined)).toBe(DEFAULT_NEXT_PATH);
		expect(safeNextPath('')).toBe(DEFAULT_NEXT_PATH);
	});

	it.each([
		'https://evil.example/commissioner',
		'//evil.example/commissioner',
		'/\\evil.example',
		'\\\\evil.example',
		'/\t/evil.example',
		'javascript:alert(1)',
		'commissioner',
		'/commissioner/login?next=/commissioner'
	])('never leaves the site or loops back to sign-in: %s', (next) => {
		expect(safeNextPath(next)).toBe(DEFAULT_NEXT_PATH);
	});

	it('resolves dot segments without leaving the site', () => {
		expect(safeNextPath('/commissioner/../../etc')).toBe('/etc');
	});
});
