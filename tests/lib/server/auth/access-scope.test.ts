import { describe, expect, it } from 'vitest';
import { parseAccessScope, toPrincipal } from '../../../../src/lib/server/auth/access-scope.js';

const KNOWN = ['example-leeds', 'example-cardiff', 'national'];

describe('an access scope', () => {
	it('gives a commissioner the localities named, without repeats or blanks', () => {
		expect(
			parseAccessScope({
				role: 'commissioner',
				localities: 'example-leeds, example-cardiff,,example-leeds',
				knownLocalities: KNOWN
			})
		).toEqual({
			ok: true,
			scope: { role: 'commissioner', localities: ['example-leeds', 'example-cardiff'] }
		});
	});

	it('requires a commissioner to name at least one locality', () => {
		const result = parseAccessScope({
			role: 'commissioner',
			localities: undefined,
			knownLocalities: KNOWN
		});
		expect(result).toEqual({
			ok: false,
			message: expect.stringContaining('give --localities') as string
		});
	});

	it('lets an admin name none, and then see every locality', () => {
		const result = parseAccessScope({
			role: 'admin',
			localities: undefined,
			knownLocalities: KNOWN
		});
		expect(result).toEqual({ ok: true, scope: { role: 'admin', localities: [] } });
		expect(toPrincipal({ kind: 'session', id: 'u1', role: 'admin', localities: [] })).toEqual({
			kind: 'session',
			id: 'u1',
			role: 'admin',
			localities: 'all'
		});
	});

	it('keeps an admin with localities to those localities', () => {
		expect(
			toPrincipal({ kind: 'token', id: 't1', role: 'admin', localities: ['example-leeds'] })
				.localities
		).toEqual(['example-leeds']);
	});

	it('never turns a commissioner without localities into one who sees everything', () => {
		expect(toPrincipal({ kind: 'token', id: 't1', role: 'commissioner', localities: [] })).toEqual({
			kind: 'token',
			id: 't1',
			role: 'commissioner',
			localities: []
		});
	});

	it('refuses unknown localities, naming them and the known ones', () => {
		expect(
			parseAccessScope({
				role: 'commissioner',
				localities: 'example-leeds,example-york',
				knownLocalities: KNOWN
			})
		).toEqual({
			ok: false,
			message: 'Unknown locality: example-york (known: example-leeds, example-cardiff, national).'
		});
	});

	it('refuses a missing or unknown role', () => {
		expect(parseAccessScope({ role: undefined, localities: '', knownLocalities: KNOWN })).toEqual({
			ok: false,
			message: 'Give a role: --role commissioner or --role admin.'
		});
		expect(parseAccessScope({ role: 'root', localities: '', knownLocalities: KNOWN })).toEqual({
			ok: false,
			message: 'Unknown role "root": use commissioner or admin.'
		});
	});
});
