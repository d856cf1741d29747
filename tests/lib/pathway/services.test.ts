import { describe, expect, it } from 'vitest';
import type { Locality } from '../../../src/lib/pathway/schema/locality-schema.js';
import {
	findLocalityForDistrict,
	findServices,
	toPostcodeDistrict,
	toTelHref
} from '../../../src/lib/pathway/services.js';

const service = (name: string) => ({ name, hours: '24 hours', selfReferral: true, phone: '111' });
const national: Locality = {
	id: 'national',
	name: 'National',
	example: false,
	ics: 'England',
	postcodeDistricts: [],
	reviewedOn: '2026-11-01',
	services: { 'nhs-111': [service('NHS 111')], gp: [service('Your GP practice')] }
};
const leeds: Locality = {
	...national,
	id: 'example-leeds',
	example: true,
	postcodeDistricts: ['LS6', 'LS1'],
	services: { gp: [service('Leeds GP (example)')] }
};

describe('postcode districts', () => {
	it('accepts an outward code in any case and spacing', () => {
		expect(toPostcodeDistrict('ls6')).toBe('LS6');
		expect(toPostcodeDistrict(' cf10 ')).toBe('CF10');
		expect(toPostcodeDistrict('EC1A')).toBe('EC1A');
	});

	it('cuts a full postcode to its district so the full postcode is never kept', () => {
		expect(toPostcodeDistrict('LS6 3AB')).toBe('LS6');
		expect(toPostcodeDistrict('ec1a1bb')).toBe('EC1A');
	});

	it('rejects what is not a postcode', () => {
		expect(toPostcodeDistrict('Leeds')).toBeUndefined();
		expect(toPostcodeDistrict('123')).toBeUndefined();
		expect(toPostcodeDistrict('')).toBeUndefined();
	});

	it('find the locality that covers them', () => {
		expect(findLocalityForDistrict([national, leeds], 'LS6')?.id).toBe('example-leeds');
		expect(findLocalityForDistrict([national, leeds], 'M1')).toBeUndefined();
	});
});

describe('services for a signpost', () => {
	it('are the local ones when the locality has them, else the national ones', () => {
		expect(findServices({ category: 'gp', locality: leeds, national })).toMatchObject({
			source: 'local',
			services: [{ name: 'Leeds GP (example)' }]
		});
		expect(findServices({ category: 'nhs-111', locality: leeds, national })).toMatchObject({
			source: 'national',
			services: [{ name: 'NHS 111' }]
		});
		expect(findServices({ category: 'pharmacy', locality: leeds, national }).source).toBe('none');
	});

	it('dial from tel: links without spaces', () => {
		expect(toTelHref('0113 496 0000')).toBe('tel:01134960000');
		expect(toTelHref('999')).toBe('tel:999');
	});
});
