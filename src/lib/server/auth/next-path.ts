/**
 * Where to go after signing in: the `next` parameter, but only as a path on this site. Anything
 * else (another origin, `//evil.example`, `/\evil.example`, `javascript:`, a control character)
 * would make the sign-in page an open redirect, so it falls back to the dashboard.
 */

/** Where a sign-in lands when `next` is absent or not allowed. */
export const DEFAULT_NEXT_PATH = '/commissioner';

/** `next` as a same-origin path with its query, or the dashboard. */
export function safeNextPath(next: string | null | undefined): string {
	if (next === null || next === undefined || next === '') return DEFAULT_NEXT_PATH;
	// Browsers treat a backslash like a slash and drop tabs and newlines: refuse them outright.
	const hasControl = [...next].some((character) => {
		const code = character.charCodeAt(0);
		return code < 0x20 || code === 0x7f;
	});
	if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\') || hasControl) {
		return DEFAULT_NEXT_PATH;
	}
	const base = 'http://limber.invalid';
	let resolved: URL;
	try {
		resolved = new URL(next, base);
	} catch {
		return DEFAULT_NEXT_PATH;
	}
	if (resolved.origin !== base) return DEFAULT_NEXT_PATH;
	// Back to sign-in after signing in would loop.
	if (resolved.pathname === '/commissioner/login') return DEFAULT_NEXT_PATH;
	return resolved.pathname + resolved.search;
}
