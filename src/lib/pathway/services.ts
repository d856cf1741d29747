/**
 * Finding a patient's locality from a postcode district, and the services to show for a
 * signpost category with the national fallback. Pure functions over locality data, used by
 * the patient app (offline), the studio and tests.
 */
import type { Locality, Service } from './schema/locality-schema.js';
import type { SignpostCategory } from '../shared/vocabulary.js';

const OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
const INWARD = /^[0-9][A-Z]{2}$/;

/**
 * The postcode district (outward code) in what the patient typed, or undefined. A full postcode
 * is cut to its district at once, so the full postcode is never stored (safety-facts.md 7).
 */
export function toPostcodeDistrict(input: string): string | undefined {
	const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
	if (OUTWARD.test(compact)) return compact;
	// A full postcode is the district followed by a 3-character inward code ("LS63AB").
	const district = compact.slice(0, -3);
	return compact.length >= 5 && INWARD.test(compact.slice(-3)) && OUTWARD.test(district)
		? district
		: undefined;
}

/** The locality covering a postcode district, if any (unknown districts get national services). */
export function findLocalityForDistrict<
	T extends { readonly postcodeDistricts: readonly string[] }
>(localities: readonly T[], district: string): T | undefined {
	return localities.find((locality) => locality.postcodeDistricts.includes(district));
}

/** Services for a signpost category: the locality's own, else the national ones. */
export function findServices(input: {
	category: SignpostCategory;
	locality: Locality | undefined;
	national: Locality | undefined;
}): { services: readonly Service[]; source: 'local' | 'national' | 'none' } {
	const local = input.locality?.services[input.category];
	if (local !== undefined && local.length > 0) return { services: local, source: 'local' };
	const national = input.national?.services[input.category];
	if (national !== undefined && national.length > 0) {
		return { services: national, source: 'national' };
	}
	return { services: [], source: 'none' };
}

/** A phone number as a `tel:` link target (digits only, keeping a leading +). */
export function toTelHref(phone: string): string {
	return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
