import { describe, expect, it } from 'vitest';
import { routeFor } from '../../../src/lib/client/state/route-guard.js';

describe('where the patient is sent', () => {
	it('is onboarding until they enrol', () => {
		expect(routeFor({ pathname: '/today', hasEnrolment: false, state: undefined })).toBe('/start');
		expect(routeFor({ pathname: '/start', hasEnrolment: false, state: undefined })).toBeUndefined();
	});

	it('is the entry safety screen before any advice', () => {
		expect(routeFor({ pathname: '/today', hasEnrolment: true, state: 'entry' })).toBe(
			'/start/safety'
		);
		expect(routeFor({ pathname: '/exercise', hasEnrolment: true, state: 'entry' })).toBe(
			'/start/safety'
		);
	});

	it('keeps the symptom check, settings and my data open at every point', () => {
		for (const pathname of ['/symptoms', '/settings', '/my-data']) {
			expect(routeFor({ pathname, hasEnrolment: false, state: undefined })).toBeUndefined();
			expect(routeFor({ pathname, hasEnrolment: true, state: 'entry' })).toBeUndefined();
		}
	});

	it('moves an enrolled patient on from the start pages to today', () => {
		expect(routeFor({ pathname: '/', hasEnrolment: true, state: 'early-days' })).toBe('/today');
		expect(routeFor({ pathname: '/start/safety', hasEnrolment: true, state: 'early-days' })).toBe(
			'/today'
		);
		expect(
			routeFor({ pathname: '/progress', hasEnrolment: true, state: 'early-days' })
		).toBeUndefined();
	});
});
