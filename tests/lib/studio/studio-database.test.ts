// fake-indexeddb must be installed before Dexie loads: it reads the global indexedDB.
import 'fake-indexeddb/auto';
/** The studio's own database: drafts saved, reopened and deleted, apart from the patient's. */
import { describe, expect, it } from 'vitest';
import {
	createStudioDatabase,
	STUDIO_DATABASE_NAME,
	StudioStore,
	type StudioDocumentRow
} from '../../../src/lib/studio/studio-database.js';
import { DATABASE_NAME } from '../../../src/lib/client/db/database.js';

let counter = 0;
const freshStore = () => new StudioStore(createStudioDatabase(`studio-test-${++counter}`));
const row = (id: string, updatedAt: number): StudioDocumentRow => ({
	id,
	name: `${id}.pathway.json`,
	text: `{"id": "${id}"}`,
	origin: 'pasted',
	updatedAt
});

describe('the studio database', () => {
	it('is not the patient database', () => {
		expect(STUDIO_DATABASE_NAME).toBe('limber-studio');
		expect(STUDIO_DATABASE_NAME).not.toBe(DATABASE_NAME);
	});

	it('reopens the last saved document, with its text, after a restart', async () => {
		const name = `studio-test-${++counter}`;
		await new StudioStore(createStudioDatabase(name)).saveDocument(row('a', 1));
		await new StudioStore(createStudioDatabase(name)).saveDocument({
			...row('a', 2),
			text: 'edited'
		});
		const reopened = await new StudioStore(createStudioDatabase(name)).openDocument();
		expect(reopened).toMatchObject({ id: 'a', text: 'edited', updatedAt: 2 });
	});

	it('lists drafts most recent first', async () => {
		const store = freshStore();
		await store.saveDocument(row('old', 1));
		await store.saveDocument(row('new', 5));
		await store.saveDocument(row('middle', 3));
		expect((await store.listDocuments()).map((d) => d.id)).toEqual(['new', 'middle', 'old']);
		expect((await store.openDocument())?.id).toBe('middle');
	});

	it('forgets the open document when it is deleted', async () => {
		const store = freshStore();
		await store.saveDocument(row('a', 1));
		await store.saveDocument(row('b', 2));
		await store.deleteDocument('b');
		expect(await store.openDocument()).toBeUndefined();
		expect((await store.listDocuments()).map((d) => d.id)).toEqual(['a']);
	});
});
