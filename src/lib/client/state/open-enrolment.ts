/**
 * Opening and creating enrolments: everything that needs the engine (XState, the compiler,
 * migrations). The app loads this module only when there is an enrolment or one is being
 * created, so a new patient's first screen does not download the engine (issue B budget).
 */
import { compileValidPathway, type CompiledPathway } from '../../pathway/compile.js';
import { compareVersions, findMigration } from '../../pathway/migrate.js';
import type { LimberDatabase } from '../db/database.js';
import { createEnrolment, migrateStoredEnrolment } from '../db/enrolments.js';
import type { EnrolmentRow } from '../db/rows.js';
import { ensureSharing } from '../db/sharing-consent.js';
import type { SharingAnswers } from '../db/sharing-rows.js';
import type { StorageResult } from '../db/storage-error.js';
import type { Catalogue } from './catalogue.js';
import { EnrolmentSession } from './session.svelte.js';

/**
 * Opens an enrolment on its pinned pathway; a newer shipped version moves the patient only
 * through the migration it declares. With `share` (sharing is on), the enrolment is made sure to
 * have an active sharing identity before the day catches up, and every save queues its record.
 */
export async function openEnrolment(input: {
	db: LimberDatabase;
	catalogue: Catalogue;
	enrolment: EnrolmentRow;
	now: Date;
	share: boolean;
}): Promise<EnrolmentSession> {
	const { db, catalogue, enrolment, now } = input;
	let row = enrolment;
	let compiled: CompiledPathway = compileValidPathway(enrolment.pathway);
	const shipped = catalogue.summaries.find((s) => s.id === enrolment.pathwayId);
	if (shipped !== undefined && compareVersions(shipped.version, enrolment.pathway.version) > 0) {
		const newer = await catalogue.loadPathway(shipped.id);
		if (newer !== undefined) {
			const to = compileValidPathway(newer);
			if (findMigration(to, enrolment.pathway.version) !== undefined) {
				const migrated = await migrateStoredEnrolment(db, {
					from: compiled,
					to,
					enrolment,
					at: now.toISOString()
				});
				if (migrated.ok && migrated.value !== undefined) {
					row = migrated.value.enrolment;
					compiled = to;
				}
			}
		}
	}
	const session = await EnrolmentSession.open(db, row, compiled);
	if (input.share) {
		// A failure here (a full disk) must not stop the patient using the app: the next open
		// tries again, and saves still queue once the identity exists.
		await ensureSharing(db, { compiled, enrolment: row, at: now.toISOString() });
		session.sharing = true;
	}
	await session.catchUp(now);
	return session;
}

/**
 * Creates an enrolment on a shipped pathway (day 0 is today's local date) and opens it; with
 * `share` (the patient opted in with these answers), its sharing identity is created with it and
 * its first record is queued by its first event.
 */
export async function createAndOpenEnrolment(input: {
	db: LimberDatabase;
	catalogue: Catalogue;
	row: Omit<EnrolmentRow, 'status' | 'pathway'>;
	share?: SharingAnswers;
}): Promise<StorageResult<EnrolmentSession>> {
	const pathway = await input.catalogue.loadPathway(input.row.pathwayId);
	if (pathway === undefined) {
		return {
			ok: false,
			error: { kind: 'other', message: `unknown pathway ${input.row.pathwayId}` }
		};
	}
	const compiled = compileValidPathway(pathway);
	const created = await createEnrolment(
		input.db,
		compiled,
		{ ...input.row, pathway },
		input.share === undefined ? {} : { share: input.share }
	);
	if (!created.ok) return created;
	const session = await EnrolmentSession.open(input.db, created.value, compiled);
	session.sharing = input.share !== undefined;
	return { ok: true, value: session };
}
