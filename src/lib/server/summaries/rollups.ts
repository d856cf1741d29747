/**
 * Rollup tables (architecture.md decision 8): counts and sums of `outcome_records` by
 * month x locality x pathway, and by each demographic (age band, sex, ethnicity, referral) one
 * at a time, so that commissioner summaries never scan the raw table.
 *
 * Levels (a data cube with an "all" marker): every rollup row has all four demographic columns;
 * a column that the row is not broken down by holds `ROLLUP_ALL`. For each (month, locality,
 * pathway) `rollup_outcomes` holds one row with all four 'all' (everyone), and one row per value
 * of each demographic with the other three 'all'. A summary filters and breaks down by one
 * dimension at a time, so it reads at most one level; and the table stays small (at most 28 rows
 * per month, locality and pathway however many records there are), which keeps summaries fast.
 * `rollup_escalation_codes` and `rollup_signposts` hold only the everyone level.
 *
 * The measures mean what `ingest/record-row.ts` says they mean; the SQL below is their one
 * aggregate form:
 * - active at 30 days: used on at least `ACTIVE_AT_30_MIN_DAYS` of the first 30 days;
 * - finished: status 'finished';
 * - escalated (any, or by severity): at least one escalation (of that severity);
 * - pain / PSFS: pairs with a baseline and a later score, the sum of (latest - baseline), and how
 *   many changed meaningfully (pain fell by 2 or more, PSFS rose by 2 or more);
 * - PHQ-2 / GAD-2: screened at least once, and positive at any milestone;
 * - left the waiting list: of those on it; back at work: of those off work at baseline, now
 *   'working' or 'working-changed'; global rating "much better" or better: latest answer >= 2.
 *
 * Escalation codes and signpost categories count records (people), not events: a record with
 * the same code twice counts once.
 *
 * A refresh deletes and recomputes every rollup row of the given (month, locality, pathway)
 * keys in one transaction, under an advisory lock so two refreshes (two requests, or two server
 * processes on one PostgreSQL) never interleave. Readers see the old rows or the new, never a
 * mixture. The SQL is the same on PGlite and PostgreSQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ServerDatabase } from '../db/connection.js';
import { ACTIVE_AT_30_MIN_DAYS } from '../ingest/record-row.js';

/** The part of a rollup key an ingest knows it changed: every rollup row under it is redone. */
export interface RollupKey {
	/** YYYY-MM, the record's `monthEnrolled`. */
	readonly month: string;
	readonly locality: string;
	readonly pathwayId: string;
}

/** A fall in pain (NRS) or a rise in PSFS of at least this much is a meaningful change. */
export const MEANINGFUL_CHANGE = 2;

/**
 * PSFS is stored as `real` (float4), so 5.3 - 3.3 can come out a hair under 2. PSFS scores are
 * means of 0-10 ratings reported to one or two decimals, so no true change lies within this
 * distance below 2.
 */
const PSFS_TOLERANCE = 0.001;

/** Memory for the refresh's aggregation (per sort or hash, for this transaction only). */
const REFRESH_WORK_MEM = '64MB';

/** An arbitrary, fixed key for pg_advisory_xact_lock (the migrator uses another). */
const REFRESH_LOCK_KEY = 4_714_328;

/**
 * Recomputes the rollups for `keys` (every key whose records were added, revised or withdrawn:
 * for a revision that moved a record to another month, locality or pathway, its old key too),
 * or for everything when `keys` is undefined.
 */
export async function refreshRollups(
	database: Pick<ServerDatabase, 'db'>,
	keys?: readonly RollupKey[]
): Promise<void> {
	if (keys !== undefined && keys.length === 0) return;
	const scope = keys === undefined ? undefined : JSON.stringify(uniqueKeys(keys));
	await database.db.transaction(async (tx) => {
		await tx.execute(sql`SELECT pg_advisory_xact_lock(${sql.raw(String(REFRESH_LOCK_KEY))})`);
		// Room for the grouping-set hash tables in memory: with the default 4 MB a full refresh
		// spills them to disk and sorts externally. One refresh at a time, so this is bounded.
		await tx.execute(sql.raw(`SET LOCAL work_mem = '${REFRESH_WORK_MEM}'`));
		for (const table of ROLLUP_TABLES) {
			await tx.execute(
				sql`DELETE FROM ${sql.raw(table)} ${whereInScope(scope, ['month', 'locality', 'pathway_id'])}`
			);
		}
		await tx.execute(insertOutcomes(scope));
		await tx.execute(insertEscalationCodes(scope));
		await tx.execute(insertSignposts(scope));
	});
}

const ROLLUP_TABLES = ['rollup_outcomes', 'rollup_escalation_codes', 'rollup_signposts'] as const;

/** What a demographic column of a rollup row holds when the row covers every value of it. */
export const ROLLUP_ALL = 'all';

/** The demographic columns of every rollup table. */
export const DEMOGRAPHIC_COLUMNS = ['age_band', 'sex', 'ethnicity', 'referral'] as const;

/** The rollup key columns, in the order every rollup table declares them. */
const KEY_COLUMNS = sql.raw('month, locality, pathway_id, age_band, sex, ethnicity, referral');

/** The (month, locality, pathway) columns of `outcome_records` (`r`). */
const RECORD_SCOPE = ['r.month_enrolled', 'r.locality', 'r.pathway_id'] as const;

/**
 * The key of each level's row read from `outcome_records` (`r`) grouped as `LEVELS`: a
 * demographic not grouped by is NULL there (the stored columns are NOT NULL), shown as 'all'.
 */
const LEVEL_KEY = sql.raw(
	[
		...RECORD_SCOPE,
		...DEMOGRAPHIC_COLUMNS.map((column) => `coalesce(r.${column}, '${ROLLUP_ALL}')`)
	].join(', ')
);
const LEVELS = sql.raw(
	`${RECORD_SCOPE.join(', ')}, GROUPING SETS ((), ${DEMOGRAPHIC_COLUMNS.map((c) => `(r.${c})`).join(', ')})`
);

/** The key of the everyone level, read from `outcome_records` (`r`). */
const EVERYONE_KEY = sql.raw(
	[...RECORD_SCOPE, ...DEMOGRAPHIC_COLUMNS.map(() => `'${ROLLUP_ALL}'`)].join(', ')
);

/** `WHERE (month, locality, pathway) IN keys`, or nothing for a full refresh. */
function whereInScope(
	scope: string | undefined,
	[month, locality, pathway]: readonly [string, string, string],
	/** Skips records with nothing to unnest before the per-record work (most have none). */
	also?: SQL
): SQL {
	const conditions = also === undefined ? [] : [also];
	if (scope !== undefined) {
		conditions.push(sql`(${sql.raw(month)}, ${sql.raw(locality)}, ${sql.raw(pathway)}) IN (
		SELECT k.month, k.locality, k.pathway_id
		FROM jsonb_to_recordset(${scope}::jsonb) AS k(month text, locality text, pathway_id text)
	)`);
	}
	return conditions.length === 0 ? sql`` : sql`WHERE ${sql.join(conditions, sql` AND `)}`;
}

/**
 * Each `rollup_outcomes` measure column with its aggregate over `outcome_records` (`r`): the one
 * SQL form of the measures, used by the refresh and by summaries read from the raw table.
 */
export const OUTCOME_AGGREGATES = (() => {
	const severity = (name: string) =>
		sql.raw(`count(*) FILTER (WHERE r.escalations @> '[{"severity":"${name}"}]'::jsonb)`);
	const minDays = sql.raw(String(ACTIVE_AT_30_MIN_DAYS));
	const change = sql.raw(String(MEANINGFUL_CHANGE));
	const psfsChange = sql.raw(String(MEANINGFUL_CHANGE - PSFS_TOLERANCE));
	return {
		enrolments: { column: 'enrolments', aggregate: sql`count(*)` },
		activeAt30: {
			column: 'active_at_30',
			aggregate: sql`count(*) FILTER (WHERE r.days_active_first_30 >= ${minDays})`
		},
		finished: { column: 'finished', aggregate: sql`count(*) FILTER (WHERE r.status = 'finished')` },
		escalatedAny: {
			column: 'escalated_any',
			aggregate: sql`count(*) FILTER (WHERE jsonb_array_length(r.escalations) > 0)`
		},
		escalatedEmergency: { column: 'escalated_emergency', aggregate: severity('emergency') },
		escalatedUrgent: { column: 'escalated_urgent', aggregate: severity('urgent') },
		escalatedSoon: { column: 'escalated_soon', aggregate: severity('soon') },
		escalatedRoutine: { column: 'escalated_routine', aggregate: severity('routine') },
		painPairs: { column: 'pain_pairs', aggregate: sql`count(r.pain_latest - r.pain_baseline)` },
		painChangeSum: {
			column: 'pain_change_sum',
			aggregate: sql`coalesce(sum(r.pain_latest - r.pain_baseline), 0)`
		},
		painMeaningful: {
			column: 'pain_meaningful',
			aggregate: sql`count(*) FILTER (WHERE r.pain_baseline - r.pain_latest >= ${change})`
		},
		psfsPairs: { column: 'psfs_pairs', aggregate: sql`count(r.psfs_latest - r.psfs_baseline)` },
		psfsChangeSum: {
			column: 'psfs_change_sum',
			aggregate: sql`coalesce(sum(r.psfs_latest::float8 - r.psfs_baseline::float8), 0)`
		},
		psfsMeaningful: {
			column: 'psfs_meaningful',
			aggregate: sql`count(*) FILTER (WHERE r.psfs_latest - r.psfs_baseline >= ${psfsChange})`
		},
		phq2Screened: { column: 'phq2_screened', aggregate: sql`count(r.phq2_positive)` },
		phq2Positive: {
			column: 'phq2_positive',
			aggregate: sql`count(*) FILTER (WHERE r.phq2_positive)`
		},
		gad2Screened: { column: 'gad2_screened', aggregate: sql`count(r.gad2_positive)` },
		gad2Positive: {
			column: 'gad2_positive',
			aggregate: sql`count(*) FILTER (WHERE r.gad2_positive)`
		},
		onWaitingList: {
			column: 'on_waiting_list',
			aggregate: sql`count(*) FILTER (WHERE r.on_waiting_list)`
		},
		leftWaitingList: {
			column: 'left_waiting_list',
			aggregate: sql`count(*) FILTER (WHERE r.on_waiting_list AND r.left_waiting_list)`
		},
		offWorkAtBaseline: {
			column: 'off_work_at_baseline',
			aggregate: sql`count(*) FILTER (WHERE r.work_status_baseline = 'off-work')`
		},
		backAtWork: {
			column: 'back_at_work',
			aggregate: sql`count(*) FILTER (WHERE r.work_status_baseline = 'off-work'
				AND r.work_status_latest IN ('working', 'working-changed'))`
		},
		globalChangeAnswered: {
			column: 'global_change_answered',
			aggregate: sql`count(r.global_change_latest)`
		},
		globalChangeBetter: {
			column: 'global_change_better',
			aggregate: sql`count(*) FILTER (WHERE r.global_change_latest >= 2)`
		}
	} as const satisfies Record<string, { column: string; aggregate: SQL }>;
})();
export type OutcomeMeasure = keyof typeof OUTCOME_AGGREGATES;

function insertOutcomes(scope: string | undefined): SQL {
	const measures = Object.values(OUTCOME_AGGREGATES);
	return sql`
		INSERT INTO rollup_outcomes (${KEY_COLUMNS}, ${sql.raw(measures.map((m) => m.column).join(', '))})
		SELECT ${LEVEL_KEY}, ${sql.join(
			measures.map((m) => m.aggregate),
			sql`, `
		)}
		FROM outcome_records r
		${whereInScope(scope, RECORD_SCOPE)}
		GROUP BY ${LEVELS}`;
}

/**
 * Each record's distinct (code, severity) pairs as `x`: the same code at the same severity twice
 * is one person.
 */
export const RECORD_ESCALATION_CODES = sql`CROSS JOIN LATERAL (
	SELECT DISTINCT e.value->>'code' AS code, e.value->>'severity' AS severity
	FROM jsonb_array_elements(r.escalations) AS e
) AS x`;

/** Each record's distinct signpost categories as `x.category`. */
export const RECORD_SIGNPOSTS = sql`CROSS JOIN LATERAL (
	SELECT DISTINCT s.value AS category FROM jsonb_array_elements_text(r.signposts) AS s
) AS x`;

function insertEscalationCodes(scope: string | undefined): SQL {
	return sql`
		INSERT INTO rollup_escalation_codes (${KEY_COLUMNS}, code, severity, records)
		SELECT ${EVERYONE_KEY}, x.code, x.severity, count(*)
		FROM outcome_records r ${RECORD_ESCALATION_CODES}
		${whereInScope(scope, RECORD_SCOPE, sql`r.escalations <> '[]'::jsonb`)}
		GROUP BY ${sql.raw(RECORD_SCOPE.join(', '))}, x.code, x.severity`;
}

function insertSignposts(scope: string | undefined): SQL {
	return sql`
		INSERT INTO rollup_signposts (${KEY_COLUMNS}, category, records)
		SELECT ${EVERYONE_KEY}, x.category, count(*)
		FROM outcome_records r ${RECORD_SIGNPOSTS}
		${whereInScope(scope, RECORD_SCOPE, sql`r.signposts <> '[]'::jsonb`)}
		GROUP BY ${sql.raw(RECORD_SCOPE.join(', '))}, x.category`;
}

function uniqueKeys(
	keys: readonly RollupKey[]
): { month: string; locality: string; pathway_id: string }[] {
	const unique = new Map<string, { month: string; locality: string; pathway_id: string }>();
	for (const key of keys) {
		unique.set(JSON.stringify([key.month, key.locality, key.pathwayId]), {
			month: key.month,
			locality: key.locality,
			pathway_id: key.pathwayId
		});
	}
	return [...unique.values()];
}
