/**
 * A new sharing identity for an enrolment. Kept tiny and free of the engine and of Zod: the
 * database upgrade loads it with the first screen. The answer choices are in sharing-choices.ts.
 */
import type { SharingAnswers, SharingRow } from './sharing-rows.js';

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
