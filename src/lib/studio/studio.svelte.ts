/**
 * The studio's state: the open document, its text as typed (saved to the studio database as
 * they type, debounced), the newest check of that text (diagnostics and the validated pathway),
 * and the list of saved drafts. The page only calls these methods and reads these fields.
 */
import type { Diagnostic } from '../pathway/load/diagnostic.js';
import type { Locality } from '../pathway/schema/locality-schema.js';
import type { Pathway } from '../pathway/schema/pathway-schema.js';
import { localToday } from './local-today.js';
import { PathwayChecker } from './pathway-checker.js';
import type { StudioDocumentRow, StudioStore } from './studio-database.js';

/** How long typing must pause before the text is checked and saved. */
export const CHECK_DELAY_MS = 300;

/** A document to open. */
export interface OpenInput {
	readonly name: string;
	readonly text: string;
	readonly origin: StudioDocumentRow['origin'];
}

/** The studio's state for one page. */
export class Studio {
	/** The open document (undefined before one is opened). */
	document = $state.raw<StudioDocumentRow>();
	/** The editor's newest text. */
	text = $state('');
	/** Findings for the newest checked text. */
	diagnostics = $state.raw<Diagnostic[]>([]);
	/** The newest text that validated, for the diagram, simulator and exports. */
	pathway = $state.raw<Pathway>();
	/** True when `pathway` is the newest text (false: the text has errors, this is older). */
	isPathwayCurrent = $state(false);
	/** True when the newest text has not been checked yet. */
	checking = $state(false);
	/** Saved drafts, most recent first. */
	drafts = $state.raw<StudioDocumentRow[]>([]);
	/** A storage failure to show, or undefined. */
	storageError = $state<string>();

	readonly #store: StudioStore;
	readonly #localities: readonly Locality[];
	readonly #checker = new PathwayChecker();
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(store: StudioStore, localities: readonly Locality[]) {
		this.#store = store;
		this.#localities = localities;
	}

	/** Reopens the document that was open before a reload, and lists the drafts. */
	async restore(): Promise<void> {
		try {
			const open = await this.#store.openDocument();
			this.drafts = await this.#store.listDocuments();
			if (open !== undefined) this.#show(open);
		} catch (error) {
			this.storageError = storageMessage(error);
		}
	}

	/** Opens a new document (a shipped pathway, a file, pasted text or the template). */
	async open(input: OpenInput): Promise<void> {
		const row: StudioDocumentRow = {
			id: crypto.randomUUID(),
			name: input.name,
			text: input.text,
			origin: input.origin,
			updatedAt: Date.now()
		};
		this.#show(row);
		await this.#save(row);
	}

	/** Opens a saved draft. */
	async openDraft(id: string): Promise<void> {
		const row = this.drafts.find((draft) => draft.id === id);
		if (row === undefined) return;
		this.#show(row);
		await this.#save({ ...row, updatedAt: Date.now() });
	}

	/** Deletes a saved draft (closing it if it is open). */
	async deleteDraft(id: string): Promise<void> {
		try {
			await this.#store.deleteDocument(id);
			this.drafts = await this.#store.listDocuments();
			if (this.document?.id === id) {
				this.document = undefined;
				this.text = '';
				this.diagnostics = [];
				this.pathway = undefined;
			}
		} catch (error) {
			this.storageError = storageMessage(error);
		}
	}

	/** The editor's text changed: check and save once typing pauses. */
	edit(text: string): void {
		this.text = text;
		this.checking = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#settle(), CHECK_DELAY_MS);
	}

	/** Checks and saves now (before an export, say) rather than after the pause. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		await this.#settle();
	}

	/** Stops the worker and any pending save. */
	dispose(): void {
		clearTimeout(this.#timer);
		this.#checker.dispose();
	}

	#show(row: StudioDocumentRow): void {
		clearTimeout(this.#timer);
		this.document = row;
		this.text = row.text;
		this.diagnostics = [];
		this.pathway = undefined;
		this.isPathwayCurrent = false;
		void this.#check(row.name, row.text);
	}

	async #settle(): Promise<void> {
		const document = this.document;
		if (document === undefined) return;
		const text = this.text;
		await Promise.all([
			this.#check(document.name, text),
			this.#save({ ...document, text, updatedAt: Date.now() })
		]);
	}

	async #check(file: string, text: string): Promise<void> {
		this.checking = true;
		const check = await this.#checker.check({
			file,
			text,
			localities: this.#localities,
			today: localToday()
		});
		// A newer check is on its way: keep showing this one's predecessor until it lands.
		if (check === undefined) return;
		this.diagnostics = check.diagnostics;
		// While the text does not load, the diagram and simulator keep the last version that did.
		if (check.pathway !== undefined) this.pathway = check.pathway;
		this.isPathwayCurrent = check.pathway !== undefined;
		this.checking = false;
	}

	async #save(row: StudioDocumentRow): Promise<void> {
		try {
			await this.#store.saveDocument(row);
			if (this.document?.id === row.id) this.document = row;
			this.drafts = await this.#store.listDocuments();
			this.storageError = undefined;
		} catch (error) {
			this.storageError = storageMessage(error);
		}
	}
}

function storageMessage(error: unknown): string {
	const reason = error instanceof Error ? error.message : String(error);
	return `Your work could not be saved in this browser (${reason}). Download the pathway to keep it.`;
}
