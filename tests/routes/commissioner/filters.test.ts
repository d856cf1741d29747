import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../src/lib/server/auth/principal.js';
import { addMonths, readFilters } from '../../../src/routes/commissioner/filters.server.js';

const LEEDS: Principal = {
	kind: 'session',
	id: 'user-1',
	role: 'commissioner',
	localities: ['example-leeds']
};
const NOW = new Date('2026-11-23T12:00:00Z');

function read(query: string, principal: Principal = LEEDS) {
	return readFilters({
		url: new URL(`http://localhost/commissioner${query}`),
		principal,
		now: NOW
	});
}

describe('the dashboard filters', () => {
	it('default to the last 12 months by age band, charting enrolments', () => {
		const result = read('');
		expect(result).toEqual({
			ok: true,
			values: {
				from: '2025-12',
				to: '2026-11',
				pathway: '',
				locality: '',
				by: 'ageBand',
				measure: 'enrolments'
			},
			filters: { query: { from: '2025-12', to: '2026-11' }, by: 'ageBand', measure: 'enrolments' }
		});
	});

	it('read every filter from the address, treating empty selects as "all"', () => {
		const result = read(
			'?from=2026-01&to=2026-06&pathway=&locality=example-leeds&by=sex&measure=backAtWork&utm=x'
		);
		expect(result.ok && result.filters).toEqual({
			query: { from: '2026-01', to: '2026-06', locality: 'example-leeds' },
			by: 'sex',
			measure: 'backAtWork'
		});
	});

	it('point a bad month at its field in plain words', () => {
		const result = read('?from=January&to=2026-06');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues).toEqual([
			{ field: 'from', message: 'From month: enter a month as YYYY-MM, like 2026-01.' }
		]);
		expect(result.values.from).toBe('January');
	});

	it('report a range that runs backwards, and a missing end, on the To field', () => {
		const backwards = read('?from=2026-06&to=2026-01');
		expect(!backwards.ok && backwards.issues.map((issue) => issue.field)).toEqual(['to']);
		const missing = read('?from=2026-06');
		expect(!missing.ok && missing.issues).toEqual([
			{ field: 'to', message: 'To month: enter a month, like 2026-01.' }
		]);
	});

	it('refuse a locality outside the principal’s scope, and allow it for an admin', () => {
		const outside = read('?from=2026-01&to=2026-06&locality=example-cardiff');
		expect(!outside.ok && outside.issues.map((issue) => issue.field)).toEqual(['locality']);
		const admin = read('?from=2026-01&to=2026-06&locality=example-cardiff', {
			...LEEDS,
			role: 'admin',
			localities: 'all'
		});
		expect(admin.ok).toBe(true);
	});

	it('refuse an unknown breakdown or measure', () => {
		const result = read('?from=2026-01&to=2026-06&by=postcode&measure=happiness');
		expect(!result.ok && result.issues.map((issue) => issue.field).sort()).toEqual([
			'by',
			'measure'
		]);
	});

	it('count months across a year end', () => {
		expect(addMonths('2026-01', -1)).toBe('2025-12');
		expect(addMonths('2026-11', -11)).toBe('2025-12');
		expect(addMonths('2025-12', 1)).toBe('2026-01');
	});
});

describe('the month range', () => {
	it('says plainly when the range runs backwards or is too long', () => {
		const backwards = read('?from=2026-06&to=2026-01');
		expect(!backwards.ok && backwards.issues).toEqual([
			{ field: 'to', message: 'To month: choose the same month as From month, or a later one.' }
		]);
		const tooLong = read('?from=2020-01&to=2026-06');
		expect(!tooLong.ok && tooLong.issues).toEqual([
			{ field: 'to', message: 'To month: choose at most 60 months from From month.' }
		]);
	});
});

describe('several problems at once', () => {
	it('are each reported once, on their own field, the locality scope included', () => {
		const result = read('?from=2024-13&to=2024-01&locality=example-cardiff&measure=x');
		expect(!result.ok && result.issues).toEqual([
			{ field: 'from', message: 'From month: enter a month as YYYY-MM, like 2026-01.' },
			{
				field: 'locality',
				message: 'Locality: you can only see the localities in the list. Choose one of them.'
			},
			{ field: 'measure', message: 'Measure to chart: choose a measure from the list.' }
		]);
	});
});
