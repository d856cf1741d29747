/**
 * Commissioner summaries: the query (`GET /api/v1/summary`, the dashboard filters), the measure
 * catalogue, the disclosed `Summary` and its CSV form. This file is the contract the endpoint,
 * the dashboard and the benchmark code against.
 *
 * A summary is read from the rollup tables (decision 8) for the localities the principal may see,
 * then every number passes through the one disclosure-control function set
 * (`disclosure-control.ts`, safety-facts.md section 7) before it leaves this module: a `Summary`
 * never holds a raw figure. `readSummaryFromRaw` computes the same from `outcome_records`
 * (tests prove the two agree; the benchmark times both).
 */
import { z } from 'zod';
import {
	AGE_BANDS,
	ETHNICITY_GROUPS,
	REFERRAL_SOURCE_CODES,
	SEX_CODES
} from '../../shared/outcome-record.js';
import { formatMonth } from '../../shared/months.js';
import { rankSeverity, SIGNPOST_CATEGORIES, type Severity } from '../../shared/vocabulary.js';
import type { Principal } from '../auth/principal.js';
import type { ServerDatabase } from '../db/connection.js';
import { disclose, SUPPRESSED, type Disclosed } from './disclosure-control.js';
import {
	readSummaryFigures,
	type GroupFigures,
	type SummaryFigures,
	type SummarySource
} from './summary-figures.js';

export { SUPPRESSED, type Disclosed } from './disclosure-control.js';

/** What a summary can be broken down by (`by=`). */
export const SUMMARY_BREAKDOWNS = [
	'month',
	'locality',
	'pathway',
	'ageBand',
	'sex',
	'ethnicity',
	'referral'
] as const;
export type SummaryBreakdown = (typeof SUMMARY_BREAKDOWNS)[number];

/** Plain-English names of the breakdowns, for headings and the CSV. */
export const BREAKDOWN_LABELS: Readonly<Record<SummaryBreakdown, string>> = {
	month: 'Month enrolled',
	locality: 'Locality',
	pathway: 'Pathway',
	ageBand: 'Age band',
	sex: 'Sex',
	ethnicity: 'Ethnic group',
	referral: 'Referral source'
};

/** The longest span one query may cover, in months (both ends included). */
export const MAX_SPAN_MONTHS = 60;

const month = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM, like 2026-01');
const id = z
	.string()
	.max(64)
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be a kebab-case id, like example-leeds');

/** The summary query: a month range, optional filters and an optional breakdown. */
export const summaryQuerySchema = z
	.strictObject({
		from: month,
		to: month,
		pathway: id.optional(),
		locality: id.optional(),
		by: z.enum(SUMMARY_BREAKDOWNS).optional()
	})
	.check((context) => {
		const { from, to } = context.value;
		if (from > to) {
			context.issues.push({
				code: 'custom',
				path: ['to'],
				message: `to (${to}) must not be before from (${from})`,
				input: to
			});
		} else if (monthsBetween(from, to) > MAX_SPAN_MONTHS) {
			context.issues.push({
				code: 'custom',
				path: ['to'],
				message: `from ${from} to ${to} spans more than ${MAX_SPAN_MONTHS} months`,
				input: to
			});
		}
	});
export type SummaryQuery = z.infer<typeof summaryQuerySchema>;

export type ParsedSummaryQuery =
	{ ok: true; query: SummaryQuery } | { ok: false; issues: z.core.$ZodIssue[] };

/**
 * Parses URL search parameters into a query. An empty value counts as absent (an HTML form's
 * "any" option); a repeated or unknown parameter is an issue, never silently ignored.
 */
export function parseSummaryQuery(params: URLSearchParams): ParsedSummaryQuery {
	const input: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key).filter((value) => value !== '');
		if (values.length === 1) input[key] = values[0]!;
		else if (values.length > 1) input[key] = values;
	}
	const parsed = summaryQuerySchema.safeParse(input);
	return parsed.success
		? { ok: true, query: parsed.data }
		: { ok: false, issues: parsed.error.issues };
}

/** True when the principal may ask for this query (a `locality` filter must be theirs). */
export function isQueryInScope(query: SummaryQuery, principal: Principal): boolean {
	return (
		query.locality === undefined ||
		principal.localities === 'all' ||
		principal.localities.includes(query.locality)
	);
}

/** How a measure is shown: a count of people, a percentage, or a mean change in points. */
export type MeasureKind = 'count' | 'percent' | 'mean';

export interface SummaryMeasure {
	readonly id: string;
	readonly label: string;
	readonly kind: MeasureKind;
	/** What it is and, for a percentage or mean, of whom. */
	readonly description: string;
}

/** Every measure a summary row holds, in display order. */
export const SUMMARY_MEASURES = [
	{
		id: 'enrolments',
		label: 'Enrolments',
		kind: 'count',
		description: 'People who enrolled on a pathway and chose to share anonymised outcomes.'
	},
	{
		id: 'activeAt30',
		label: 'Active at 30 days',
		kind: 'percent',
		description:
			'Used Limber on at least 15 of their first 30 days (NICE adherence), as a % of enrolments.'
	},
	{
		id: 'finished',
		label: 'Finished the pathway',
		kind: 'percent',
		description: 'Reached the end of their pathway, as a % of enrolments.'
	},
	{
		id: 'escalated',
		label: 'Escalations (any)',
		kind: 'count',
		description: 'People told to seek help at least once (any severity).'
	},
	{
		id: 'escalatedEmergency',
		label: 'Emergency escalations',
		kind: 'count',
		description: 'People told at least once to call 999 or go to A&E now.'
	},
	{
		id: 'escalatedUrgent',
		label: 'Urgent escalations',
		kind: 'count',
		description: 'People told at least once to get help today (NHS 111, urgent GP).'
	},
	{
		id: 'escalatedSoon',
		label: 'Soon escalations',
		kind: 'count',
		description: 'People told at least once to see their GP or physiotherapist within days.'
	},
	{
		id: 'escalatedRoutine',
		label: 'Routine escalations',
		kind: 'count',
		description: 'People told at least once to book a routine appointment.'
	},
	{
		id: 'painChangeMean',
		label: 'Mean change in pain (0-10)',
		kind: 'mean',
		description:
			'Latest pain score minus baseline (negative is better), of people with both scores.'
	},
	{
		id: 'painMeaningful',
		label: 'Pain improved by 2+ points',
		kind: 'percent',
		description: 'Pain fell by 2 or more points, as a % of people with baseline and later scores.'
	},
	{
		id: 'psfsChangeMean',
		label: 'Mean change in function (PSFS)',
		kind: 'mean',
		description: 'Latest PSFS minus baseline (positive is better), of people with both scores.'
	},
	{
		id: 'psfsMeaningful',
		label: 'Function improved by 2+ points',
		kind: 'percent',
		description: 'PSFS rose by 2 or more points, as a % of people with baseline and later scores.'
	},
	{
		id: 'phq2Positive',
		label: 'PHQ-2 positive screen',
		kind: 'percent',
		description: 'PHQ-2 of 3 or more at any milestone (low mood), as a % of people screened.'
	},
	{
		id: 'gad2Positive',
		label: 'GAD-2 positive screen',
		kind: 'percent',
		description: 'GAD-2 of 3 or more at any milestone (anxiety), as a % of people screened.'
	},
	{
		id: 'leftWaitingList',
		label: 'Left the waiting list',
		kind: 'percent',
		description: 'No longer waiting for treatment, as a % of people on a waiting list at the start.'
	},
	{
		id: 'backAtWork',
		label: 'Back at work',
		kind: 'percent',
		description: 'Working now (same or changed duties), as a % of people off work at the start.'
	},
	{
		id: 'globalBetter',
		label: 'Feel much better',
		kind: 'percent',
		description:
			'Latest global rating "much better" or "very much better", as a % of people who answered.'
	}
] as const satisfies readonly SummaryMeasure[];
export type SummaryMeasureId = (typeof SUMMARY_MEASURES)[number]['id'];

/** One row of a summary: every measure, disclosed. */
export interface SummaryRow {
	/** The breakdown value ('2026-01', 'example-leeds', '40-49', ...), or 'total'. */
	readonly key: string;
	/** The key in plain English ('Jan 2026', 'Not given', ...), or 'All'. */
	readonly label: string;
	readonly values: Readonly<Record<SummaryMeasureId, Disclosed>>;
}

export interface SummaryEscalationCode {
	readonly code: string;
	readonly severity: Severity;
	/** People with at least one escalation with this code and severity. */
	readonly people: Disclosed;
}

export interface SummarySignpost {
	readonly category: string;
	/** People shown this signpost at least once. */
	readonly people: Disclosed;
}

/** A disclosed summary: nothing here is a raw figure. */
export interface Summary {
	readonly query: SummaryQuery;
	readonly measures: typeof SUMMARY_MEASURES;
	/** Everything the query covers (totals from raw figures, then disclosed). */
	readonly total: SummaryRow;
	/** One row per value of `query.by` (none without `by`); months ascending, with no gaps. */
	readonly groups: readonly SummaryRow[];
	/** Over the whole query, most severe first. */
	readonly escalationCodes: readonly SummaryEscalationCode[];
	/** Over the whole query, every category in the fixed order. */
	readonly signposts: readonly SummarySignpost[];
	/** What `*` and the rounding mean, for people reading the numbers. */
	readonly suppressionNote: string;
}

/** Shown with every summary and in the CSV. */
export const SUPPRESSION_NOTE =
	'To protect privacy, a count of 1 to 7 people is shown as * and every other count is ' +
	'rounded to the nearest 5. A percentage or mean based on 1 to 7 people (or on none) is ' +
	'shown as *. Percentages are worked out from the rounded counts; totals are rounded from ' +
	'the unrounded figures, so groups may not add up to the total.';

/** The summary for `query`, read from the rollup tables, restricted to the principal's localities. */
export async function readSummary(
	database: ServerDatabase,
	query: SummaryQuery,
	principal: Principal
): Promise<Summary> {
	return readFrom('rollups', database, query, principal);
}

/** The same summary computed from `outcome_records` directly (tests and the benchmark). */
export async function readSummaryFromRaw(
	database: ServerDatabase,
	query: SummaryQuery,
	principal: Principal
): Promise<Summary> {
	return readFrom('raw', database, query, principal);
}

async function readFrom(
	source: SummarySource,
	database: ServerDatabase,
	query: SummaryQuery,
	principal: Principal
): Promise<Summary> {
	return discloseSummary(
		query,
		await readSummaryFigures({ database, source, query, localities: principal.localities })
	);
}

/** Applies disclosure control to raw figures: the only way a `Summary` is made. */
export function discloseSummary(query: SummaryQuery, figures: SummaryFigures): Summary {
	const by = query.by;
	const groups =
		by === undefined
			? []
			: sortGroups(by, withEmptyMonths(by, query, figures.groups)).map(([key, raw]) =>
					discloseRow(key, labelOf(by, key), raw)
				);
	return {
		query,
		measures: SUMMARY_MEASURES,
		total: discloseRow('total', 'All', figures.total),
		groups,
		escalationCodes: [...figures.escalationCodes]
			.sort(
				(a, b) =>
					rankSeverity(b.severity) - rankSeverity(a.severity) || a.code.localeCompare(b.code)
			)
			.map(({ code, severity, people }) => ({
				code,
				severity,
				people: disclose({ kind: 'count', value: people })
			})),
		signposts: SIGNPOST_CATEGORIES.map((category) => ({
			category,
			people: disclose({ kind: 'count', value: figures.signposts.get(category) ?? 0 })
		})),
		suppressionNote: SUPPRESSION_NOTE
	};
}

function discloseRow(key: string, label: string, raw: GroupFigures): SummaryRow {
	const count = (value: number) => disclose({ kind: 'count', value });
	const percent = (numerator: number, denominator: number) =>
		disclose({ kind: 'percentage', numerator, denominator });
	const mean = (sum: number, n: number) =>
		disclose({ kind: 'mean', value: n === 0 ? 0 : sum / n, n, decimals: 1 });
	const values: Record<SummaryMeasureId, Disclosed> = {
		enrolments: count(raw.enrolments),
		activeAt30: percent(raw.activeAt30, raw.enrolments),
		finished: percent(raw.finished, raw.enrolments),
		escalated: count(raw.escalatedAny),
		escalatedEmergency: count(raw.escalatedEmergency),
		escalatedUrgent: count(raw.escalatedUrgent),
		escalatedSoon: count(raw.escalatedSoon),
		escalatedRoutine: count(raw.escalatedRoutine),
		painChangeMean: mean(raw.painChangeSum, raw.painPairs),
		painMeaningful: percent(raw.painMeaningful, raw.painPairs),
		psfsChangeMean: mean(raw.psfsChangeSum, raw.psfsPairs),
		psfsMeaningful: percent(raw.psfsMeaningful, raw.psfsPairs),
		phq2Positive: percent(raw.phq2Positive, raw.phq2Screened),
		gad2Positive: percent(raw.gad2Positive, raw.gad2Screened),
		leftWaitingList: percent(raw.leftWaitingList, raw.onWaitingList),
		backAtWork: percent(raw.backAtWork, raw.offWorkAtBaseline),
		globalBetter: percent(raw.globalChangeBetter, raw.globalChangeAnswered)
	};
	return { key, label, values };
}

/** A time series has a row for every month in range, even one with no enrolments. */
function withEmptyMonths(
	by: SummaryBreakdown,
	query: SummaryQuery,
	groups: ReadonlyMap<string, GroupFigures>
): [string, GroupFigures][] {
	if (by !== 'month') return [...groups];
	return monthsInRange(query.from, query.to).map((m) => [m, groups.get(m) ?? EMPTY_GROUP]);
}

const EMPTY_GROUP: GroupFigures = {
	enrolments: 0,
	activeAt30: 0,
	finished: 0,
	escalatedAny: 0,
	escalatedEmergency: 0,
	escalatedUrgent: 0,
	escalatedSoon: 0,
	escalatedRoutine: 0,
	painPairs: 0,
	painChangeSum: 0,
	painMeaningful: 0,
	psfsPairs: 0,
	psfsChangeSum: 0,
	psfsMeaningful: 0,
	phq2Screened: 0,
	phq2Positive: 0,
	gad2Screened: 0,
	gad2Positive: 0,
	onWaitingList: 0,
	leftWaitingList: 0,
	offWorkAtBaseline: 0,
	backAtWork: 0,
	globalChangeAnswered: 0,
	globalChangeBetter: 0
};

/** The order of each breakdown's values: the vocabulary's order, else alphabetical. */
const VALUE_ORDER: Partial<Record<SummaryBreakdown, readonly string[]>> = {
	ageBand: AGE_BANDS,
	sex: [...SEX_CODES, 'not-given'],
	ethnicity: [...ETHNICITY_GROUPS, 'not-given'],
	referral: REFERRAL_SOURCE_CODES
};

function sortGroups<T>(by: SummaryBreakdown, groups: [string, T][]): [string, T][] {
	const order = VALUE_ORDER[by];
	const rank = (key: string) => {
		const index = order?.indexOf(key) ?? -1;
		return index === -1 ? Number.MAX_SAFE_INTEGER : index;
	};
	return [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const VALUE_LABELS: Readonly<Record<string, string>> = {
	'not-given': 'Not given',
	'not-stated': 'Not stated',
	'prefer-not-to-say': 'Prefer not to say',
	female: 'Female',
	male: 'Male',
	other: 'Other',
	asian: 'Asian or Asian British',
	black: 'Black, Black British, Caribbean or African',
	mixed: 'Mixed or multiple ethnic groups',
	white: 'White',
	self: 'Self-referral',
	gp: 'GP',
	'physio-waiting-list': 'Physiotherapy waiting list',
	pharmacy: 'Pharmacy'
};

/** A breakdown value in plain English ('2026-01' -> 'Jan 2026', 'not-given' -> 'Not given'). */
export function labelOf(by: SummaryBreakdown, key: string): string {
	switch (by) {
		case 'month': {
			return formatMonth(key);
		}
		case 'locality':
		case 'pathway':
			return key;
		case 'ageBand':
			return key === 'not-stated' ? 'Not stated' : key;
		case 'sex':
		case 'ethnicity':
		case 'referral':
			return VALUE_LABELS[key] ?? key;
	}
}

/** Every month from `from` to `to`, both included (YYYY-MM). */
export function monthsInRange(from: string, to: string): string[] {
	const months: string[] = [];
	let [year, number] = from.split('-').map(Number) as [number, number];
	for (let index = monthIndex(from); index <= monthIndex(to); index++) {
		months.push(`${year}-${String(number).padStart(2, '0')}`);
		number += 1;
		if (number > 12) [year, number] = [year + 1, 1];
	}
	return months;
}

function monthIndex(value: string): number {
	const [year, number] = value.split('-').map(Number) as [number, number];
	return year * 12 + number - 1;
}

function monthsBetween(from: string, to: string): number {
	return monthIndex(to) - monthIndex(from) + 1;
}

const UNIT: Readonly<Record<MeasureKind, string>> = {
	count: 'people (rounded to 5)',
	percent: '%',
	mean: 'points'
};

/**
 * The summary as CSV (RFC 4180, CRLF line ends), one value per line so that a spreadsheet
 * pivot table or BI tool reads it directly: the header first, then the total, each group, the
 * escalation codes and the signposts; a `note` on every suppressed value and a last line with
 * the suppression note.
 */
export function summaryToCsv(summary: Summary): string {
	const lines: string[][] = [
		['breakdown', 'group', 'measure_id', 'measure', 'unit', 'value', 'note']
	];
	const byLabel = summary.query.by === undefined ? 'All' : BREAKDOWN_LABELS[summary.query.by];
	const push = (
		breakdown: string,
		group: string,
		measureId: string,
		measure: string,
		unit: string,
		value: Disclosed
	) =>
		lines.push([
			breakdown,
			group,
			measureId,
			measure,
			unit,
			String(value),
			value === SUPPRESSED ? 'Hidden: based on 1 to 7 people, or none' : ''
		]);
	for (const [breakdown, row] of [
		['All', summary.total] as const,
		...summary.groups.map((group) => [byLabel, group] as const)
	]) {
		for (const measure of summary.measures) {
			push(
				breakdown,
				row.label,
				measure.id,
				measure.label,
				UNIT[measure.kind],
				row.values[measure.id]
			);
		}
	}
	for (const { code, severity, people } of summary.escalationCodes) {
		push(
			'Escalation code',
			`${code} (${severity})`,
			'escalationCode',
			'People escalated with this code',
			UNIT.count,
			people
		);
	}
	for (const { category, people } of summary.signposts) {
		push('Signpost', category, 'signpost', 'People shown this signpost', UNIT.count, people);
	}
	lines.push(['Note', '', '', summary.suppressionNote, '', '', '']);
	return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
