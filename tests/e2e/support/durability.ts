/**
 * What the patient's phone holds, read and shaped from inside the page with the raw IndexedDB
 * API (not through the app's own code, so a bug there cannot hide itself): the whole 'limber'
 * database, an old version-1 database as shipped, and storage faults (a full disk, a save still
 * in flight when the page goes away).
 */
import type { Page } from '@playwright/test';
import { DATABASE_NAME, SCHEMA_V1 } from '../../../src/lib/client/db/database.js';
import type {
	DraftRow,
	EnrolmentRow,
	EnrolmentRowV1,
	EventRow,
	SettingRow,
	SnapshotRow
} from '../../../src/lib/client/db/rows.js';

/** Everything in the 'limber' database, store by store, with its layout. */
export interface StoredData {
	/** The IndexedDB version: Dexie declares version n as 10 × n. */
	readonly version: number;
	/** Index names of each object store. */
	readonly stores: Record<string, string[]>;
	readonly enrolments: EnrolmentRow[];
	/** In the order they were written (auto-increment key order). */
	readonly events: EventRow[];
	readonly snapshots: SnapshotRow[];
	readonly drafts: DraftRow[];
	readonly settings: SettingRow[];
}

/** The rows a version-1 database held (enrolments had no `status` yet). */
export interface Version1Rows {
	readonly enrolments: EnrolmentRowV1[];
	readonly events: EventRow[];
	readonly snapshots: SnapshotRow[];
	readonly settings: SettingRow[];
}

/** The IndexedDB version Dexie gives to the app's `db.version(1)`. */
export const IDB_VERSION_OF_V1 = 10;

/** The database as it is now, or undefined when there is no 'limber' database at all. */
export function readStoredData(page: Page): Promise<StoredData | undefined> {
	return page.evaluate(async (name) => {
		const names = (await indexedDB.databases()).map((info) => info.name);
		if (!names.includes(name)) return undefined;
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(name);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error ?? new Error('open failed'));
		});
		try {
			const storeNames = [...db.objectStoreNames];
			const stores: Record<string, string[]> = {};
			const rows: Record<string, unknown[]> = {};
			if (storeNames.length > 0) {
				const tx = db.transaction(storeNames, 'readonly');
				await Promise.all(
					storeNames.map(
						(storeName) =>
							new Promise<void>((resolve, reject) => {
								const store = tx.objectStore(storeName);
								stores[storeName] = [...store.indexNames];
								const request = store.getAll();
								request.onsuccess = () => {
									rows[storeName] = request.result;
									resolve();
								};
								request.onerror = () => reject(request.error ?? new Error('read failed'));
							})
					)
				);
			}
			const rowsOf = (storeName: string) => rows[storeName] ?? [];
			return {
				version: db.version,
				stores,
				enrolments: rowsOf('enrolments'),
				events: rowsOf('events'),
				snapshots: rowsOf('snapshots'),
				drafts: rowsOf('drafts'),
				settings: rowsOf('settings')
			} as unknown as StoredData;
		} finally {
			db.close();
		}
	}, DATABASE_NAME);
}

/** The database, failing the test when there is none. */
export async function readDatabase(page: Page): Promise<StoredData> {
	const data = await readStoredData(page);
	if (data === undefined) throw new Error(`There is no '${DATABASE_NAME}' database.`);
	return data;
}

/** The log's events of one type, in order. */
export function eventsOfType(data: StoredData, type: string): EventRow[] {
	return data.events.filter((row) => row.event.type === type);
}

/** One object store in raw IndexedDB terms. */
export interface StoreLayout {
	readonly name: string;
	readonly keyPath: string;
	readonly autoIncrement: boolean;
	readonly indexes: { name: string; keyPath: string | string[]; unique: boolean }[];
}

/**
 * Translates Dexie's store syntax (`'++id, &[a+b], c'`) into the object stores Dexie creates, so
 * an old database can be built exactly as the shipped version declared it.
 */
export function layoutOf(schema: Readonly<Record<string, string>>): StoreLayout[] {
	return Object.entries(schema).map(([name, spec]) => {
		const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
		return {
			name,
			keyPath: primary.replace(/^\+\+/, ''),
			autoIncrement: primary.startsWith('++'),
			indexes: indexes.map((index) => {
				const unique = index.startsWith('&');
				const bare = index.replace(/^[&*]/, '');
				const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
				return { name: bare, keyPath, unique };
			})
		};
	});
}

/**
 * Creates the 'limber' database at version 1 with the stores version 1 shipped with, holding
 * `rows`, as a phone that last ran that version has it. The page must be a same-origin page that
 * does not run the app. With `keepOpen`, the connection stays open and ignores `versionchange`
 * (an old tab that will not let go), until the page closes.
 */
export async function createVersion1Database(
	page: Page,
	input: { rows: Version1Rows; keepOpen?: boolean }
): Promise<void> {
	await page.evaluate(
		async ({ name, version, layout, rows, keepOpen }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name, version);
				request.onupgradeneeded = () => {
					for (const store of layout) {
						const created = request.result.createObjectStore(store.name, {
							keyPath: store.keyPath,
							autoIncrement: store.autoIncrement
						});
						for (const index of store.indexes) {
							created.createIndex(index.name, index.keyPath, { unique: index.unique });
						}
					}
				};
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error('open failed'));
				request.onblocked = () => reject(new Error('blocked'));
			});
			const storeNames = Object.keys(rows);
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(storeNames, 'readwrite');
				for (const storeName of storeNames) {
					for (const row of rows[storeName as keyof typeof rows]) {
						tx.objectStore(storeName).add(row);
					}
				}
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error ?? new Error('write failed'));
			});
			if (keepOpen) {
				// Held on the window so it is not collected; no onversionchange: it never closes.
				(window as unknown as { oldConnection: IDBDatabase }).oldConnection = db;
			} else {
				db.close();
			}
		},
		{
			name: DATABASE_NAME,
			version: IDB_VERSION_OF_V1,
			layout: layoutOf(SCHEMA_V1),
			rows: input.rows,
			keepOpen: input.keepOpen === true
		}
	);
}

/** The rows of a version-2 database as version 1 stored them: enrolments without `status`. */
export function asVersion1Rows(data: StoredData): Version1Rows {
	return {
		enrolments: data.enrolments.map((row) => {
			const { status, ...v1 } = row;
			void status;
			return v1;
		}),
		events: data.events,
		snapshots: data.snapshots,
		settings: data.settings
	};
}

/**
 * From now on every IndexedDB add and put in the page throws a `QuotaExceededError`, as when the
 * phone's disk is full, until `removeQuotaFault`. Counts the refused writes.
 */
export async function injectQuotaFault(page: Page): Promise<void> {
	await page.evaluate(() => {
		const proto = IDBObjectStore.prototype;
		// Property descriptors keep the original methods, to be put back as they were.
		const saved = {
			add: Object.getOwnPropertyDescriptor(proto, 'add'),
			put: Object.getOwnPropertyDescriptor(proto, 'put'),
			refused: 0
		};
		(window as unknown as { quotaFault?: typeof saved }).quotaFault = saved;
		const refuse = (): never => {
			saved.refused++;
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		Object.defineProperty(proto, 'add', { ...saved.add, value: refuse });
		Object.defineProperty(proto, 'put', { ...saved.put, value: refuse });
	});
}

/** Restores IndexedDB writes; returns how many were refused while the fault was on. */
export function removeQuotaFault(page: Page): Promise<number> {
	return page.evaluate(() => {
		const fault = (
			window as unknown as {
				quotaFault?: {
					add: PropertyDescriptor | undefined;
					put: PropertyDescriptor | undefined;
					refused: number;
				};
			}
		).quotaFault;
		if (fault?.add === undefined || fault.put === undefined) {
			throw new Error('No quota fault was injected.');
		}
		Object.defineProperty(IDBObjectStore.prototype, 'add', fault.add);
		Object.defineProperty(IDBObjectStore.prototype, 'put', fault.put);
		return fault.refused;
	});
}

/**
 * Makes the next save that writes a snapshot stay in flight: once the snapshot is written, the
 * transaction is kept busy (and an explicit commit ignored), so it has not committed when the
 * page goes away. `window.saveInFlight` turns true when that save has reached this point.
 */
export async function holdNextSaveOpen(page: Page): Promise<void> {
	await page.evaluate(() => {
		type Put = (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) => IDBRequest;
		type Commit = (this: IDBTransaction) => void;
		const state = window as unknown as { saveInFlight?: boolean };
		state.saveInFlight = false;
		const storeProto = IDBObjectStore.prototype;
		const txProto = IDBTransaction.prototype;
		const put = Object.getOwnPropertyDescriptor(storeProto, 'put')?.value as Put;
		const commit = Object.getOwnPropertyDescriptor(txProto, 'commit')?.value as Commit;
		const heldPut: Put = function (...args) {
			const request = put.apply(this, args);
			if (this.name !== 'snapshots') return request;
			state.saveInFlight = true;
			const ignoreCommit: Commit = function () {
				if (this !== request.transaction) commit.call(this);
			};
			Object.defineProperty(txProto, 'commit', { value: ignoreCommit });
			// A chain of reads keeps the transaction from auto-committing.
			const spin = (store: IDBObjectStore) => {
				store.count().onsuccess = () => spin(store);
			};
			spin(this);
			return request;
		};
		Object.defineProperty(storeProto, 'put', { value: heldPut });
	});
}

/** True once the held save is in flight (see `holdNextSaveOpen`). */
export function isSaveInFlight(page: Page): Promise<boolean> {
	return page.evaluate(
		() => (window as unknown as { saveInFlight?: boolean }).saveInFlight === true
	);
}

/** Marks the page's window; the mark disappears when the page reloads or navigates away. */
export async function markWindow(page: Page): Promise<void> {
	await page.evaluate(() => {
		(window as unknown as { noReloadMark?: boolean }).noReloadMark = true;
	});
}

/** Whether the mark is still there (the page has not reloaded since `markWindow`). */
export function isWindowMarked(page: Page): Promise<boolean> {
	return page.evaluate(
		() => (window as unknown as { noReloadMark?: boolean }).noReloadMark === true
	);
}

/** What a patient would lose: whether the browser still has caches or a service worker. */
export function readOfflineCopy(
	page: Page
): Promise<{ databases: string[]; caches: string[]; serviceWorkers: number }> {
	return page.evaluate(async () => ({
		databases: (await indexedDB.databases()).map((info) => info.name ?? ''),
		caches: await caches.keys(),
		serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length
	}));
}
