/**
 * The answers a patient may give when they share (age band, sex, ethnicity group) and parsing
 * them at the boundary. Loaded with the sharing screens, not with the first screen.
 */
import { AGE_BANDS, ETHNICITY_GROUPS, SEX_CODES } from '../../shared/outcome-codes.js';
import type { AgeBand, EthnicityGroup, SexCode, SharingAnswers } from './sharing-rows.js';

/** The choices the patient is offered: the record's own lists (src/lib/shared/outcome-codes.ts). */
export const AGE_BAND_CHOICES: readonly AgeBand[] = AGE_BANDS;
export const SEX_CHOICES: readonly SexCode[] = SEX_CODES;
export const ETHNICITY_CHOICES: readonly EthnicityGroup[] = ETHNICITY_GROUPS;

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
