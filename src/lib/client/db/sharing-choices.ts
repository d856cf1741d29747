/**
 * The answers a patient may give when they share (age band, sex, ethnicity group) and parsing
 * them at the boundary. Loaded with the sharing screens, not with the first screen.
 */
import type { AgeBand, EthnicityGroup, SexCode, SharingAnswers } from './sharing-rows.js';

/**
 * The choices the patient is offered. Copies of the lists in src/lib/shared/outcome-record.ts
 * (the patient bundle does not ship Zod); a test proves they are the same.
 */
export const AGE_BAND_CHOICES = [
	'16-19',
	'20-29',
	'30-39',
	'40-49',
	'50-59',
	'60-69',
	'70-79',
	'80-89',
	'90+',
	'not-stated'
] as const satisfies readonly AgeBand[];
export const SEX_CHOICES = [
	'female',
	'male',
	'other',
	'prefer-not-to-say'
] as const satisfies readonly SexCode[];
export const ETHNICITY_CHOICES = [
	'asian',
	'black',
	'mixed',
	'white',
	'other',
	'prefer-not-to-say'
] as const satisfies readonly EthnicityGroup[];

/**
 * Parses stored or imported answers (a boundary): anything unrecognised becomes "not stated",
 * never a guess.
 */
export function parseSharingAnswers(value: unknown): SharingAnswers {
	const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const pick = <T extends string>(field: unknown, allowed: readonly T[]): T | undefined =>
		typeof field === 'string' && (allowed as readonly string[]).includes(field)
			? (field as T)
			: undefined;
	const sex = pick(v['sex'], SEX_CHOICES);
	const ethnicity = pick(v['ethnicity'], ETHNICITY_CHOICES);
	return {
		ageBand: pick(v['ageBand'], AGE_BAND_CHOICES) ?? 'not-stated',
		...(sex === undefined ? {} : { sex }),
		...(ethnicity === undefined ? {} : { ethnicity }),
		leftWaitingList: v['leftWaitingList'] === true
	};
}
