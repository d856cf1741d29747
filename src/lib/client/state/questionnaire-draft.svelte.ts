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
		case 'conflict':
		case 'other':
			return 'storage.error';
	}
}

export class QuestionnaireDraft {
	readonly #db: LimberDatabase;
	readonly key: string;
	readonly #enrolmentId: string;
	readonly #now: () => Date;
	/** A save is being written; `#dirty` says another change came in meanwhile. */
	#saving: Promise<void> | undefined;
	#dirty = false;
	#stopped = false;

	answers = $state<Answers>({});
	/** Message key of the last failure, shown in an alert; cleared by a successful save. */
	error = $state<MessageKey | undefined>();
	/** True once any saved draft has been loaded (the form waits for it). */
	ready = $state(false);
	/** Whether a draft is stored (an empty form has nothing worth storing). */
	#stored = false;

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
		this.#stored = saved !== undefined;
		this.ready = true;
	}

	/**
	 * Saves the draft now (call from an effect on `answers`). Every change is written at once, one
	 * small transaction at a time, so a reload or crash a moment later loses nothing; changes made
	 * while a write is in flight are written straight after it.
	 */
	scheduleSave(): void {
		if (!this.ready || this.#stopped) return;
		if (this.#saving !== undefined) {
			this.#dirty = true;
			return;
		}
		const answers = $state.snapshot(this.answers);
		if (!this.#stored && Object.keys(answers).length === 0) return;
		this.#stored = true;
		this.#saving = saveDraft(this.#db, {
			key: this.key,
			enrolmentId: this.#enrolmentId,
			answers,
			at: this.#now().toISOString()
		}).then((saved) => {
			// A failed draft save is shown: the patient should know their answers are not kept yet.
			if (!this.#stopped) this.error = saved.ok ? undefined : storageErrorMessage(saved.error);
			this.#saving = undefined;
			if (this.#dirty) {
				this.#dirty = false;
				this.scheduleSave();
			}
		});
	}

	/**
	 * Submits through `save`; on failure the answers stay and the error is shown. (The save
	 * deletes the draft in its own transaction; a draft write still in flight lands first.)
	 */
	async submit(save: (answers: Answers) => Promise<StorageResult<void>>): Promise<boolean> {
		// No draft write may land after the submission deletes the draft.
		this.#stopped = true;
		this.#dirty = false;
		await this.#saving;
		const result = await save($state.snapshot(this.answers));
		this.error = result.ok ? undefined : storageErrorMessage(result.error);
		// On failure the answers stay on screen and keep being saved as a draft. On success the
		// draft is gone (deleted with the submission); a form used again starts a new one.
		if (result.ok) this.#stored = false;
		this.#stopped = false;
		return result.ok;
	}

	/** Stops autosaving (when leaving the screen). */
	dispose(): void {
		this.#stopped = true;
	}
}
