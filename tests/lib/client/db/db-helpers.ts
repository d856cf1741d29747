/** Fresh databases on fake-indexeddb (a real IndexedDB implementation) for data-layer tests. */
import 'fake-indexeddb/auto';
import { compileValidPathway, type CompiledPathway } from '../../../../src/lib/pathway/compile.js';
import { createDatabase, type LimberDatabase } from '../../../../src/lib/client/db/database.js';
import { createEnrolment } from '../../../../src/lib/client/db/enrolments.js';
import type { EnrolmentRow } from '../../../../src/lib/client/db/rows.js';
import { buildFixturePathway } from '../../pathway/engine-fixture.js';

let counter = 0;

/** A uniquely named database, so tests never share state. */
export function freshDatabaseName(): string {
	return `limber-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;
}

export const compiled: CompiledPathway = compileValidPathway(buildFixturePathway());

/** A database with one active enrolment on the fixture pathway. */
export async function withEnrolment(
	name = freshDatabaseName()
): Promise<{ db: LimberDatabase; enrolment: EnrolmentRow }> {
	const db = createDatabase(name);
	const created = await createEnrolment(db, compiled, {
		id: `enrolment-${counter}`,
		createdAt: '2026-11-23T09:00:00.000Z',
		startDate: '2026-11-23',
		pathwayId: compiled.pathway.id,
		pathway: compiled.pathway,
		localityId: 'national',
		referral: 'self',
		onWaitingList: false
	});
	if (!created.ok) throw new Error(`could not create enrolment: ${JSON.stringify(created.error)}`);
	return { db, enrolment: created.value };
}
