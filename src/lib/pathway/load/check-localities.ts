/**
 * Checks across locality files: one `national` locality that carries the national entries and
 * covers no districts, unique locality ids, and every postcode district mapped to exactly one
 * locality (a patient's district must decide their services unambiguously).
 */
import type { SignpostCategory } from '../../shared/vocabulary.js';
import { NATIONAL_LOCALITY_ID, type Locality } from '../schema/locality-schema.js';
import type { Diagnostic, Locate } from './diagnostic.js';
import { createReporter } from './reporter.js';
import { quote } from './suggest.js';

/** A locality file that loaded. */
export interface LoadedLocality {
	readonly file: string;
	readonly value: Locality;
	readonly locate: Locate;
}

/** Signposts that every patient must be able to reach whatever their locality. */
export const NATIONAL_CATEGORIES: readonly SignpostCategory[] = [
	'call-999',
	'nhs-111',
	'mental-health-crisis'
];

/** The last part of a path, without folders. */
function basename(file: string): string {
	const normalised = file.replaceAll('\\', '/');
	return normalised.slice(normalised.lastIndexOf('/') + 1);
}

/**
 * Checks a set of localities together. `fallbackFile` is where to report that `national` is
 * missing when there are no locality files at all (the CLI passes the localities folder).
 */
export function checkLocalities(
	localities: readonly LoadedLocality[],
	options: { fallbackFile?: string } = {}
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const national = localities.find((locality) => locality.value.id === NATIONAL_LOCALITY_ID);
	if (national === undefined) {
		const first = localities[0];
		const message = `There is no "national" locality. Add pathways/localities/national.locality.json with the national entries (${NATIONAL_CATEGORIES.join(', ')}): every locality falls back to it.`;
		if (first === undefined) {
			diagnostics.push({
				file: options.fallbackFile ?? 'pathways/localities',
				line: 1,
				col: 1,
				path: '',
				rule: 'reference',
				severity: 'error',
				message
			});
		} else {
			diagnostics.push(...withReporter(first, (report) => report(['id'], message)));
		}
	} else {
		diagnostics.push(
			...withReporter(national, (report) => {
				if (national.value.postcodeDistricts.length > 0) {
					report(
						['postcodeDistricts'],
						'The national locality covers everyone and lists no postcode districts. Move these districts to a local locality file.'
					);
				}
				for (const category of NATIONAL_CATEGORIES) {
					if (national.value.services[category] === undefined) {
						report(
							['services'],
							`The national locality must list ${quote(category)}: every patient falls back to it (see safety-facts.md section 2).`
						);
					}
				}
			})
		);
	}

	const ids = new Map<string, LoadedLocality>();
	const districts = new Map<string, { locality: LoadedLocality; index: number }>();
	for (const locality of localities) {
		diagnostics.push(
			...withReporter(locality, (report) => {
				const expectedName = `${locality.value.id}.locality.json`;
				if (basename(locality.file) !== expectedName) {
					report(
						['id'],
						`A locality file is named after its id: rename this file to ${quote(expectedName)} or change the id.`,
						'warning'
					);
				}
				const sameId = ids.get(locality.value.id);
				if (sameId !== undefined) {
					report(
						['id'],
						`The locality id ${quote(locality.value.id)} is also used by ${sameId.file}. Locality ids must be unique.`
					);
				} else {
					ids.set(locality.value.id, locality);
				}
				locality.value.postcodeDistricts.forEach((district, index) => {
					const earlier = districts.get(district);
					if (earlier === undefined) {
						districts.set(district, { locality, index });
						return;
					}
					const where =
						earlier.locality === locality
							? 'earlier in this file'
							: `in locality ${quote(earlier.locality.value.id)} (${earlier.locality.file}:${earlier.locality.locate(['postcodeDistricts', earlier.index]).line})`;
					report(
						['postcodeDistricts', index],
						`The postcode district ${quote(district)} is already listed ${where}. A district belongs to exactly one locality: remove it from one of them.`
					);
				});
			})
		);
	}
	return diagnostics;
}

function withReporter(
	locality: LoadedLocality,
	body: (
		report: (path: (string | number)[], message: string, severity?: 'error' | 'warning') => void
	) => void
): Diagnostic[] {
	const reporter = createReporter({ file: locality.file, locate: locality.locate }, 'reference');
	body((path, message, severity) => reporter.report(path, message, { severity }));
	return reporter.diagnostics;
}
