/**
 * Finding the active enrolment. Kept apart from the enrolment repository, which needs the
 * engine, so that the first screen can check "is there a plan?" without downloading it.
 */
import type { LimberDatabase } from './database.js';
import type { EnrolmentRow } from './rows.js';

/** The active enrolment, if there is one. */
export function findActiveEnrolment(db: LimberDatabase): Promise<EnrolmentRow | undefined> {
	return db.enrolments.where('status').equals('active').first();
}
