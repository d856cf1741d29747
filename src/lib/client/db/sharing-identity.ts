/**
 * The sharing identity of an enrolment and the patient's optional answers. Kept free of the
 * engine and of Zod, so the database upgrade, Settings and the first screen can use it cheaply.
 */
import type {
	AgeBand,
	EthnicityGroup,
	SexCode,
	SharingAnswers,
	SharingRow
} from './sharing-rows.js';

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

/** Nothing answered: the age band is "not stated", sex and ethnicity are left out. */
export const NO_SHARING_ANSWERS: SharingAnswers = { ageBand: 'not-stated', leftWaitingList: false };

/** A new identity: a random record id and withdraw token, nothing queued yet. */
export function createSharingIdentity(input: {
	enrolmentId: string;
	answers: SharingAnswers;
	at: string;
}): SharingRow {
	return {
		enrolmentId: input.enrolmentId,
		recordId: crypto.randomUUID(),
		withdrawToken: createWithdrawToken(),
		active: true,
		answers: input.answers,
		revision: 0,
		sentRevision: 0,
		createdAt: input.at
	};
}

/** 32 bytes from the platform's cryptographic random source, base64url without padding. */
export function createWithdrawToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(32));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

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
