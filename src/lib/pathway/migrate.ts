/**
 * Moving a patient part-way through one pathway version onto a newer one (architecture.md
 * decision 4). Only the migration map the newer version declares can move a patient; without
 * one, or when the map leaves the patient's stage out, they finish on the version they started.
 * History (answers, scores, escalations) is kept as it is, so trends carry on across versions.
 */
import type { CompiledPathway, EngineSnapshot } from './compile.js';
import { currentState } from './enrolment.js';
import { ENTRY_STATE, STOPPED_STATE } from './pathway-index.js';
import type { Migration } from './schema/pathway-schema.js';

export type MigrationResult =
	{ ok: true; snapshot: EngineSnapshot; migration: Migration } | { ok: false; reason: string };

/** Compares two semantic versions: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < 3; i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/** The migration `to` declares for patients on `fromVersion`, if any. */
export function findMigration(to: CompiledPathway, fromVersion: string): Migration | undefined {
	return to.pathway.migrations?.find((migration) => migration.from === fromVersion);
}

/** Moves a snapshot from `from` to `to` through the map `to` declares. */
export function migrateEnrolment(input: {
	from: CompiledPathway;
	to: CompiledPathway;
	snapshot: EngineSnapshot;
}): MigrationResult {
	const { from, to, snapshot } = input;
	if (from.pathway.id !== to.pathway.id) {
		return {
			ok: false,
			reason: `cannot migrate ${from.pathway.id} to a different pathway (${to.pathway.id})`
		};
	}
	if (compareVersions(to.pathway.version, from.pathway.version) <= 0) {
		return { ok: false, reason: `${to.pathway.version} is not newer than ${from.pathway.version}` };
	}
	const migration = findMigration(to, from.pathway.version);
	if (migration === undefined) {
		return {
			ok: false,
			reason: `version ${to.pathway.version} declares no migration from ${from.pathway.version}`
		};
	}
	const unmapped = from.pathway.stages.map((s) => s.id).filter((id) => !(id in migration.stages));
	if (unmapped.length > 0) {
		return { ok: false, reason: `the migration does not map stage(s) ${unmapped.join(', ')}` };
	}
	const state = currentState(snapshot);
	const target = state === ENTRY_STATE || state === STOPPED_STATE ? state : migration.stages[state];
	if (
		target === undefined ||
		!(target === ENTRY_STATE || target === STOPPED_STATE || to.index.stages.has(target))
	) {
		return {
			ok: false,
			reason: `stage ${state} maps to ${String(target)}, which ${to.pathway.version} does not have`
		};
	}
	const context = {
		...snapshot.context,
		version: to.pathway.version,
		// Defaults fill in what the old version never set; they never overwrite the patient's own.
		flags: { ...(migration.flags ?? {}), ...snapshot.context.flags }
	};
	const migrated = to.machine.resolveState({ value: target, context });
	return { ok: true, snapshot: migrated, migration };
}
