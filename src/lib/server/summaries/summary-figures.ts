/**
 * The raw figures behind a summary, before disclosure control: read from the rollup tables (what
 * commissioners get) or from `outcome_records` (the reference the rollups are tested and
 * benchmarked against). Both use the aggregates defined once in `rollups.ts`, so they can only
 * differ if the rollups are stale or wrong.
 *
 * Raw figures never leave the summaries folder: `summary.ts` discloses them.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Severity } from '../../shared/vocabulary.js';
import type { ServerDatabase } from '../db/connection.js';
import {
	DEMOGRAPHIC_COLUMNS,
	OUTCOME_AGGREGATES,
	RECORD_ESCALATION_CODES,
	ROLLUP_ALL,
	RECORD_SIGNPOSTS,
	type OutcomeMeasure
} from './rollups.js';
import type { SummaryBreakdown, SummaryQuery } from './summary.js';

export type SummarySource = 'rollups' | 'raw';

/** Every measure's raw count or sum for one group of records. */
export type GroupFigures = Readonly<Record<OutcomeMeasure, number>>;

export interface SummaryFigures {
	readonly total: GroupFigures;
	/** By the value of `query.by` (empty without `by`); only values that have records. */
	readonly groups: ReadonlyMap<string, GroupFigures>;
	readonly escalationCodes: readonly {
		readonly code: string;
		readonly severity: Severity;
		readonly people: number;
	}[];
	/** People per signpost category (categories nobody was shown are absent). */
	readonly signposts: ReadonlyMap<string, number>;
}

export interface ReadFiguresOptions {
	readonly database: ServerDatabase;
	readonly source: SummarySource;
	readonly query: SummaryQuery;
	/** The localities the reader may see: anything else is left out. */
	readonly localities: readonly string[] | 'all';
}

/** The column each breakdown groups by, in the rollup tables and in `outcome_records` (`r`). */
const COLUMNS: Readonly<
	Record<SummaryBreakdown, { readonly rollups: string; readonly raw: string }>
> = {
	month: { rollups: 'month', raw: 'r.month_enrolled' },
	locality: { rollups: 'locality', raw: 'r.locality' },
	pathway: { rollups: 'pathway_id', raw: 'r.pathway_id' },
	ageBand: { rollups: 'age_band', raw: 'r.age_band' },
	sex: { rollups: 'sex', raw: 'r.sex' },
	ethnicity: { rollups: 'ethnicity', raw: 'r.ethnicity' },
	referral: { rollups: 'referral', raw: 'r.referral' }
};

const MEASURES = Object.keys(OUTCOME_AGGREGATES) as OutcomeMeasure[];

/**
 * Reads the figures in one read-only, repeatable-read transaction, so the totals, groups, codes
 * and signposts all come from the same refresh.
 */
export async function readSummaryFigures(options: ReadFiguresOptions): Promise<SummaryFigures> {
	const { database, source, query } = options;
	const column = (breakdown: SummaryBreakdown) => sql.raw(COLUMNS[breakdown][source]);
	const where = whereClause(options, column);
	const filtered =
		source === 'rollups'
			? sql`rollup_outcomes ${where} AND ${rollupLevel(query.by)}`
			: sql`outcome_records r ${where}`;
	const measures = sql.join(
		MEASURES.map((name) => {
			const value =
				source === 'rollups'
					? sql`sum(${sql.raw(OUTCOME_AGGREGATES[name].column)})`
					: OUTCOME_AGGREGATES[name].aggregate;
			return sql`coalesce(${value}, 0)::float8 AS ${sql.raw(`"${name}"`)}`;
		}),
		sql`, `
	);
	// One scan for the total and the groups: grouping(key) is 1 on the total's row.
	const grouped =
		query.by === undefined
			? sql`SELECT NULL::text AS "key", 1 AS "isTotal", ${measures} FROM ${filtered}`
			: sql`SELECT ${column(query.by)} AS "key", grouping(${column(query.by)}) AS "isTotal", ${measures}
				FROM ${filtered}
				GROUP BY GROUPING SETS ((), (${column(query.by)}))`;
	const codes =
		source === 'rollups'
			? sql`SELECT code, severity, sum(records)::float8 AS people
				FROM rollup_escalation_codes ${where} GROUP BY code, severity`
			: sql`SELECT x.code, x.severity, count(*)::float8 AS people
				FROM outcome_records r ${RECORD_ESCALATION_CODES} ${where} GROUP BY x.code, x.severity`;
	const signposts =
		source === 'rollups'
			? sql`SELECT category, sum(records)::float8 AS people
				FROM rollup_signposts ${where} GROUP BY category`
			: sql`SELECT x.category, count(*)::float8 AS people
				FROM outcome_records r ${RECORD_SIGNPOSTS} ${where} GROUP BY x.category`;

	const [groupRows, codeRows, signpostRows] = await database.db.transaction(
		async (tx) => {
			const rows = async <T>(statement: SQL): Promise<T[]> => {
				const result: unknown = await tx.execute(statement);
				return (result as { rows: T[] }).rows;
			};
			return [
				await rows<Record<OutcomeMeasure, number> & { key: string | null; isTotal: number }>(
					grouped
				),
				await rows<{ code: string; severity: Severity; people: number }>(codes),
				await rows<{ category: string; people: number }>(signposts)
			] as const;
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);

	let total: GroupFigures = figuresOf(undefined);
	const groups = new Map<string, GroupFigures>();
	for (const row of groupRows) {
		if (Number(row.isTotal) === 1) total = figuresOf(row);
		else if (row.key !== null) groups.set(row.key, figuresOf(row));
	}
	return {
		total,
		groups,
		escalationCodes: codeRows.map((row) => ({
			code: row.code,
			severity: row.severity,
			people: Number(row.people)
		})),
		signposts: new Map(signpostRows.map((row) => [row.category, Number(row.people)]))
	};
}

/**
 * The one level of `rollup_outcomes` a query reads (see rollups.ts): the row per value of a
 * demographic it breaks down by, else the everyone row (month, locality and pathway are in
 * every row's key).
 */
function rollupLevel(by: SummaryBreakdown | undefined): SQL {
	const grouped = by === undefined ? undefined : COLUMNS[by].rollups;
	return sql.join(
		DEMOGRAPHIC_COLUMNS.map((column) =>
			column === grouped
				? sql`${sql.raw(column)} <> ${ROLLUP_ALL}`
				: sql`${sql.raw(column)} = ${ROLLUP_ALL}`
		),
		sql` AND `
	);
}

function figuresOf(row: Partial<Record<OutcomeMeasure, number>> | undefined): GroupFigures {
	return Object.fromEntries(MEASURES.map((name) => [name, Number(row?.[name] ?? 0)])) as Record<
		OutcomeMeasure,
		number
	>;
}

/** The month range, the filters and the reader's localities, on either source's columns. */
function whereClause(
	{ query, localities }: ReadFiguresOptions,
	column: (breakdown: SummaryBreakdown) => SQL
): SQL {
	const conditions: SQL[] = [sql`${column('month')} BETWEEN ${query.from} AND ${query.to}`];
	if (query.pathway !== undefined) conditions.push(sql`${column('pathway')} = ${query.pathway}`);
	if (query.locality !== undefined) conditions.push(sql`${column('locality')} = ${query.locality}`);
	if (localities !== 'all') {
		conditions.push(
			localities.length === 0
				? sql`FALSE`
				: sql`${column('locality')} IN (${sql.join(
						localities.map((locality) => sql`${locality}`),
						sql`, `
					)})`
		);
	}
	return sql`WHERE ${sql.join(conditions, sql` AND `)}`;
}
