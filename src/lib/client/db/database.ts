/**
 * The patient's database (Dexie 4 over IndexedDB). Versions are never edited once shipped: each
 * change is a new `version()` with an upgrade and a test (style.md rule 8).
 *
 * - v1: enrolments, the event log, snapshots, settings.
 * - v2: enrolments get a `status` (one active, older ones archived) and questionnaire drafts
 *   are autosaved, so a reload or crash in the middle of a check-in loses nothing.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
	DraftRow,
	EnrolmentRow,
	EnrolmentRowV1,
	EventRow,
	SettingRow,
	SnapshotRow
} from './rows.js';
import type { OutboxRow, SharingRow } from './sharing-rows.js';

export const DATABASE_NAME = 'limber';

/** The stores of version 1, as shipped. */
export const SCHEMA_V1 = {
	enrolments: 'id, createdAt',
	events: '++id, &[enrolmentId+seq], enrolmentId',
	snapshots: 'enrolmentId',
	settings: 'key'
} as const;

/** The stores of version 2. */
export const SCHEMA_V2 = {
	...SCHEMA_V1,
	enrolments: 'id, createdAt, status',
	drafts: 'key, enrolmentId'
} as const;

/** The stores of version 3. */
export const SCHEMA_V3 = {
	...SCHEMA_V2,
	sharing: 'enrolmentId, recordId',
	outbox: 'key, recordId, kind'
} as const;

export type LimberDatabase = Dexie & {
	enrolments: EntityTable<EnrolmentRow, 'id'>;
	events: EntityTable<EventRow, 'id'>;
	snapshots: EntityTable<SnapshotRow, 'enrolmentId'>;
	settings: EntityTable<SettingRow, 'key'>;
	drafts: EntityTable<DraftRow, 'key'>;
	sharing: EntityTable<SharingRow, 'enrolmentId'>;
	outbox: EntityTable<OutboxRow, 'key'>;
};

/** Opens (lazily) the patient database with every version declared. */
export function createDatabase(name = DATABASE_NAME): LimberDatabase {
	// 'strict' durability: a committed check-in is on disk, not just in the OS cache.
	const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as LimberDatabase;
	db.version(1).stores(SCHEMA_V1);
	db.version(2)
		.stores(SCHEMA_V2)
		.upgrade(async (tx) => {
			// The newest enrolment stays active; any older ones become archived.
			const rows = (await tx.table('enrolments').toArray()) as EnrolmentRowV1[];
			const newest = rows.reduce<EnrolmentRowV1 | undefined>(
				(a, b) => (a === undefined || b.createdAt > a.createdAt ? b : a),
				undefined
			);
			await tx
				.table('enrolments')
				.toCollection()
				.modify((row: EnrolmentRowV1 & { status?: EnrolmentRow['status'] }) => {
					row.status = row.id === newest?.id ? 'active' : 'archived';
				});
		});
	// Version 2 kept the patient's "share my results" choice but sent nothing: a patient who chose
	// it gets their sharing identity when their enrolment next opens (ensureSharing in
	// sharing-consent.ts), so the upgrade itself only adds the stores.
	db.version(3).stores(SCHEMA_V3);
	return db;
}
