/**
 * The studio's own database (Dexie 4, `limber-studio`), apart from the patient's `limber`
 * database: a clinician's drafts never mix with a patient's records, and clearing one never
 * touches the other. Work in progress is saved as they type and survives a reload; nothing
 * here is ever uploaded.
 *
 * - v1: documents (the open pathway texts) and settings (which document is open).
 */
import Dexie, { type EntityTable } from 'dexie';

export const STUDIO_DATABASE_NAME = 'limber-studio';

/** One pathway being written. */
export interface StudioDocumentRow {
	/** Random id. */
	readonly id: string;
	/** File name shown in problems and used for downloads: `knee-pain.pathway.json`. */
	readonly name: string;
	/** The editor's text, exactly as typed. */
	readonly text: string;
	/** Where it came from: a shipped pathway, a file, pasted text or the template. */
	readonly origin: 'shipped' | 'file' | 'pasted' | 'template';
	/** When it was last saved (ms since the epoch), for ordering the list. */
	readonly updatedAt: number;
}

/** A small named value (`open-document`). */
export interface StudioSettingRow {
	readonly key: string;
	readonly value: string;
}

/** The stores of version 1, as shipped. */
export const STUDIO_SCHEMA_V1 = {
	documents: 'id, updatedAt',
	settings: 'key'
} as const;

export type StudioDatabase = Dexie & {
	documents: EntityTable<StudioDocumentRow, 'id'>;
	settings: EntityTable<StudioSettingRow, 'key'>;
};

/** Opens (lazily) the studio database. */
export function createStudioDatabase(name = STUDIO_DATABASE_NAME): StudioDatabase {
	const db = new Dexie(name) as StudioDatabase;
	db.version(1).stores(STUDIO_SCHEMA_V1);
	return db;
}

const OPEN_DOCUMENT = 'open-document';

/** The studio's documents and which one is open. */
export class StudioStore {
	readonly #db: StudioDatabase;

	constructor(db: StudioDatabase) {
		this.#db = db;
	}

	/** Every saved document, most recently edited first. */
	async listDocuments(): Promise<StudioDocumentRow[]> {
		return (await this.#db.documents.orderBy('updatedAt').toArray()).reverse();
	}

	/** The document that was open last, if it still exists. */
	async openDocument(): Promise<StudioDocumentRow | undefined> {
		return this.#db.transaction('r', this.#db.documents, this.#db.settings, async () => {
			const setting = await this.#db.settings.get(OPEN_DOCUMENT);
			return setting === undefined ? undefined : this.#db.documents.get(setting.value);
		});
	}

	/** Saves a document (new or edited) and makes it the open one, in one transaction. */
	async saveDocument(row: StudioDocumentRow): Promise<void> {
		await this.#db.transaction('rw', this.#db.documents, this.#db.settings, async () => {
			await this.#db.documents.put(row);
			await this.#db.settings.put({ key: OPEN_DOCUMENT, value: row.id });
		});
	}

	/** Deletes a document; the open one is forgotten if it was this. */
	async deleteDocument(id: string): Promise<void> {
		await this.#db.transaction('rw', this.#db.documents, this.#db.settings, async () => {
			await this.#db.documents.delete(id);
			const open = await this.#db.settings.get(OPEN_DOCUMENT);
			if (open?.value === id) await this.#db.settings.delete(OPEN_DOCUMENT);
		});
	}
}
