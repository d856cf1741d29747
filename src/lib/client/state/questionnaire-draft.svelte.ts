/**
 * A questionnaire being filled in: its answers are autosaved as a draft (so a reload, a crash or
 * an update loses nothing), and submitting keeps them on screen if saving fails, with one
 * patient-facing message per kind of storage failure.
 */
import type { Answers } from '../../pathway/engine-types.js';
import type { LimberDatabase } from '../db/database.js';
import { loadDraft, saveDraft } from '../db/drafts.js';
import type { StorageError, StorageResult } from '../db/storage-error.js';
import type { MessageKey } from '../i18n/messages.js';

/** The message a patient sees when saving failed. */
export function storageErrorMessage(error: StorageError): MessageKey {
	switch (error.kind) {
		case 'quota':
			return 'storage.full';
		case 'blocked':
			return 'storage.blocked';
		case 'other':
			return 'storage.error';
	}
}

const AUTOSAVE_DELAY_MS = 400;

export class QuestionnaireDraft {
	readonly #db: LimberDatabase;
	readonly key: string;
	readonly #enrolmentId: string;
	readonly #now: () => Date;
	#timer: ReturnType<typeof setTimeout> | undefined;

	answers = $state<Answers>({});
	/** Message key of the last failure, shown in an alert; cleared by a successful save. */
	error = $state<MessageKey | undefined>();
	/** True once any saved draft has been loaded (the form waits for it). */
	ready = $state(false);

	constructor(input: { db: LimberDatabase; key: string; enrolmentId: string; now: () => Date }) {
		this.#db = input.db;
		this.key = input.key;
		this.#enrolmentId = input.enrolmentId;
		this.#now = input.now;
	}

	/** Loads the saved draft, if any. */
	async load(): Promise<void> {
		const saved = await loadDraft(this.#db, this.key);
		if (saved !== undefined) this.answers = { ...saved };
		this.ready = true;
	}

	/** Autosaves soon after the last change (call from an effect on `answers`). */
	scheduleSave(): void {
		if (!this.ready) return;
		clearTimeout(this.#timer);
		const answers = $state.snapshot(this.answers);
		this.#timer = setTimeout(() => {
			void saveDraft(this.#db, {
				key: this.key,
				enrolmentId: this.#enrolmentId,
				answers,
				at: this.#now().toISOString()
			}).then((saved) => {
				// A failed draft save is shown: the patient should know their answers are not kept yet.
				this.error = saved.ok ? undefined : storageErrorMessage(saved.error);
			});
		}, AUTOSAVE_DELAY_MS);
	}

	/** Submits through `save`; on failure the answers stay and the error is shown. */
	async submit(save: (answers: Answers) => Promise<StorageResult<void>>): Promise<boolean> {
		clearTimeout(this.#timer);
		const result = await save($state.snapshot(this.answers));
		this.error = result.ok ? undefined : storageErrorMessage(result.error);
		return result.ok;
	}

	/** Stops a pending autosave (when leaving the screen after submitting). */
	dispose(): void {
		clearTimeout(this.#timer);
	}
}
