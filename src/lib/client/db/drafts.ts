/**
 * Autosaved questionnaire drafts: what the patient has typed so far, kept until they submit, so
 * a reload, a crash or an update in the middle of a check-in loses nothing.
 */
import type { Answers } from '../../pathway/engine-types.js';
import type { LimberDatabase } from './database.js';
import { attempt, type StorageResult } from './storage-error.js';

/** The key of a draft: one per enrolment, questionnaire and day. */
export function draftKey(enrolmentId: string, questionnaire: string, day: number): string {
	return `${enrolmentId}|${questionnaire}|${day}`;
}

/** Saves a draft (one small `rw` transaction). */
export function saveDraft(
	db: LimberDatabase,
	input: { key: string; enrolmentId: string; answers: Answers; at: string }
): Promise<StorageResult<void>> {
	return attempt(async () => {
		await db.drafts.put({
			key: input.key,
			enrolmentId: input.enrolmentId,
			answers: input.answers,
			updatedAt: input.at
		});
	});
}

/** The saved draft's answers, if any. */
export async function loadDraft(db: LimberDatabase, key: string): Promise<Answers | undefined> {
	return (await db.drafts.get(key))?.answers;
}
