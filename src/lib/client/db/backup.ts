/**
 * "My data": export everything the app keeps as one JSON file, import such a file (restoring
 * after the browser wiped storage, or on a new phone), and delete everything. An import is a
 * boundary: the file is checked field by field, and a pinned pathway is replaced by the
 * build-validated copy of the same version (or validated in full when the app no longer ships
 * that version), so an edited file can never switch off the safety net.
 */
import type { Pathway } from '../../pathway/schema/pathway-schema.js';
import type { LimberDatabase } from './database.js';
import type { DraftRow, EnrolmentRow, EventRow, SettingRow, SnapshotRow } from './rows.js';
import { REFERRAL_SOURCES } from './rows.js';
import { attempt, type StorageResult } from './storage-error.js';

export const EXPORT_FORMAT = 'limber-export';
export const EXPORT_FORMAT_VERSION = 1;

export interface ExportFile {
	readonly format: typeof EXPORT_FORMAT;
	readonly formatVersion: typeof EXPORT_FORMAT_VERSION;
	readonly exportedAt: string;
	readonly enrolments: EnrolmentRow[];
	readonly events: Omit<EventRow, 'id'>[];
	readonly snapshots: SnapshotRow[];
	readonly settings: SettingRow[];
	readonly drafts: DraftRow[];
}

/** Everything in the database, as one exportable object. */
export function exportAll(db: LimberDatabase, exportedAt: string): Promise<ExportFile> {
	return db.transaction(
		'r',
		[db.enrolments, db.events, db.snapshots, db.settings, db.drafts],
		async () => ({
			format: EXPORT_FORMAT,
			formatVersion: EXPORT_FORMAT_VERSION,
			exportedAt,
			enrolments: await db.enrolments.orderBy('createdAt').toArray(),
			events: (await db.events.orderBy('id').toArray()).map(withoutKey),
			snapshots: await db.snapshots.toArray(),
			settings: await db.settings.toArray(),
			drafts: await db.drafts.toArray()
		})
	);
}

/** How an import can fail, for the patient. */
export type ImportProblem =
	| { kind: 'not-limber' }
	| { kind: 'newer-format' }
	| { kind: 'damaged'; detail: string }
	| { kind: 'unknown-pathway'; pathway: string };

export interface ImportOptions {
	/** The build-validated pathway with this id and version, if the app ships it. */
	findShippedPathway(id: string, version: string): Pathway | undefined;
	/** Full validation of a pathway the app no longer ships (loaded only when needed). */
	validatePathway(value: unknown): Promise<Pathway | undefined>;
}

/** Checks an import file; returns what would be restored, or why it cannot be. */
export async function parseImport(
	data: unknown,
	options: ImportOptions
): Promise<{ ok: true; file: ExportFile } | { ok: false; problem: ImportProblem }> {
	if (!isRecord(data) || data['format'] !== EXPORT_FORMAT)
		return { ok: false, problem: { kind: 'not-limber' } };
	if (typeof data['formatVersion'] !== 'number' || data['formatVersion'] > EXPORT_FORMAT_VERSION) {
		return { ok: false, problem: { kind: 'newer-format' } };
	}
	const damaged = (detail: string) => ({
		ok: false as const,
		problem: { kind: 'damaged' as const, detail }
	});
	const lists = ['enrolments', 'events', 'snapshots', 'settings', 'drafts'] as const;
	for (const name of lists) if (!Array.isArray(data[name])) return damaged(`${name} is missing`);

	const enrolments: EnrolmentRow[] = [];
	for (const [i, row] of (data['enrolments'] as unknown[]).entries()) {
		if (!isEnrolmentShape(row)) return damaged(`enrolment ${i + 1} is not complete`);
		const pinned = row['pathway'] as { id?: unknown; version?: unknown };
		const id = String(pinned.id);
		const version = String(pinned.version);
		const pathway =
			options.findShippedPathway(id, version) ?? (await options.validatePathway(row['pathway']));
		if (pathway === undefined || pathway.id !== row['pathwayId']) {
			return { ok: false, problem: { kind: 'unknown-pathway', pathway: `${id} ${version}` } };
		}
		enrolments.push({ ...(row as unknown as EnrolmentRow), pathway });
	}
	const ids = new Set(enrolments.map((e) => e.id));
	const events = data['events'] as unknown[];
	for (const [i, row] of events.entries()) {
		if (
			!isRecord(row) ||
			!ids.has(String(row['enrolmentId'])) ||
			!Number.isInteger(row['seq']) ||
			typeof row['at'] !== 'string' ||
			!isRecord(row['event']) ||
			typeof row['event']['type'] !== 'string'
		) {
			return damaged(`event ${i + 1} is not complete`);
		}
	}
	const snapshots = data['snapshots'] as unknown[];
	for (const [i, row] of snapshots.entries()) {
		if (!isRecord(row) || !ids.has(String(row['enrolmentId'])) || !isRecord(row['persisted'])) {
			return damaged(`snapshot ${i + 1} is not complete`);
		}
	}
	for (const [i, row] of (data['settings'] as unknown[]).entries()) {
		if (!isRecord(row) || typeof row['key'] !== 'string')
			return damaged(`setting ${i + 1} is not complete`);
	}
	for (const [i, row] of (data['drafts'] as unknown[]).entries()) {
		if (!isRecord(row) || typeof row['key'] !== 'string' || !isRecord(row['answers'])) {
			return damaged(`draft ${i + 1} is not complete`);
		}
	}
	return {
		ok: true,
		file: {
			format: EXPORT_FORMAT,
			formatVersion: EXPORT_FORMAT_VERSION,
			exportedAt: typeof data['exportedAt'] === 'string' ? data['exportedAt'] : '',
			enrolments,
			events: events as ExportFile['events'],
			snapshots: snapshots as SnapshotRow[],
			settings: data['settings'] as SettingRow[],
			drafts: data['drafts'] as DraftRow[]
		}
	};
}

/**
 * Replaces everything in the database with a checked import, in one transaction: either all of
 * it is restored or nothing changes. (Snapshots that no longer fit are rebuilt from the log the
 * next time the enrolment opens.)
 */
export function restoreImport(db: LimberDatabase, file: ExportFile): Promise<StorageResult<void>> {
	return attempt(() =>
		db.transaction(
			'rw',
			[db.enrolments, db.events, db.snapshots, db.settings, db.drafts],
			async () => {
				await Promise.all([
					db.enrolments.clear(),
					db.events.clear(),
					db.snapshots.clear(),
					db.settings.clear(),
					db.drafts.clear()
				]);
				await db.enrolments.bulkAdd(file.enrolments);
				await db.events.bulkAdd(file.events);
				await db.snapshots.bulkAdd(file.snapshots);
				await db.settings.bulkAdd(file.settings);
				await db.drafts.bulkAdd(file.drafts);
			}
		)
	);
}

/** Deletes the whole database (the app also clears its caches and service worker). */
export function deleteDatabase(db: LimberDatabase): Promise<StorageResult<void>> {
	return attempt(() => db.delete());
}

/** An event row without its auto-increment key (a new database assigns its own). */
function withoutKey(row: EventRow): Omit<EventRow, 'id'> {
	return { enrolmentId: row.enrolmentId, seq: row.seq, at: row.at, event: row.event };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEnrolmentShape(row: unknown): row is Record<string, unknown> {
	return (
		isRecord(row) &&
		typeof row['id'] === 'string' &&
		typeof row['createdAt'] === 'string' &&
		typeof row['startDate'] === 'string' &&
		/^\d{4}-\d{2}-\d{2}$/.test(row['startDate']) &&
		typeof row['pathwayId'] === 'string' &&
		isRecord(row['pathway']) &&
		typeof row['localityId'] === 'string' &&
		typeof row['referral'] === 'string' &&
		(REFERRAL_SOURCES as readonly string[]).includes(row['referral']) &&
		typeof row['onWaitingList'] === 'boolean' &&
		(row['status'] === 'active' || row['status'] === 'archived')
	);
}
