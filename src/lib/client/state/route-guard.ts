/**
 * Where a patient must be: without an enrolment, onboarding; before passing the entry safety
 * screen, that screen (no advice before screening). Settings, Privacy (to withdraw what was
 * shared), "My data" (to import a backup) and the symptom check are always reachable.
 */
const ALWAYS_OPEN = ['/settings', '/privacy', '/my-data', '/my-data/summary', '/symptoms'];

export function routeFor(input: {
	pathname: string;
	hasEnrolment: boolean;
	state: string | undefined;
}): '/start' | '/start/safety' | '/today' | undefined {
	const { pathname } = input;
	if (ALWAYS_OPEN.includes(pathname)) return undefined;
	if (!input.hasEnrolment) return pathname === '/start' ? undefined : '/start';
	if (input.state === 'entry') return pathname === '/start/safety' ? undefined : '/start/safety';
	if (pathname === '/' || pathname === '/start' || pathname === '/start/safety') return '/today';
	return undefined;
}
