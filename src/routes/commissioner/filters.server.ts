/**
 * The dashboard's filters: read from the URL (a GET form, so every view has a shareable
 * address), checked by the summary contract's own parser, and turned into plain, located
 * messages for the person who chose them. Bad filters never reach the database. Parameters
 * the page does not know (a tracking tag on a shared link) are left out, not reported.
 */
import {
	MAX_SPAN_MONTHS,
	parseSummaryQuery,
	SUMMARY_MEASURES,
	type SummaryBreakdown,
	type SummaryMeasureId,
	type SummaryQuery
} from '$lib/server/summaries/summary';
import { canSeeLocality, type Principal } from '$lib/server/auth/principal';
import {
	FILTER_FIELDS,
	type FilterField,
	type FilterIssue,
	type FilterValues
} from '$lib/components/commissioner/dashboard-view';

/** The breakdown shown when the URL names none: age bands, for health inequalities. */
export const DEFAULT_BREAKDOWN: SummaryBreakdown = 'ageBand';
/** The measure charted when the URL names none. */
export const DEFAULT_MEASURE: SummaryMeasureId = 'enrolments';
/** Without a month range the dashboard shows the last 12 months, this one included. */
export const DEFAULT_MONTHS = 12;

/** Filters that passed every check. */
export interface DashboardFilters {
	/** The months, pathway and locality; no breakdown (each chart adds its own). */
	readonly query: Omit<SummaryQuery, 'by'>;
	readonly by: SummaryBreakdown;
	readonly measure: SummaryMeasureId;
}

export type ReadFilters =
	| { ok: true; values: FilterValues; filters: DashboardFilters }
	| { ok: false; values: FilterValues; issues: FilterIssue[] };

/** Reads and checks the filters in `url` for `principal`; `now` picks the default months. */
export function readFilters(options: {
	readonly url: URL;
	readonly principal: Principal;
	readonly now: Date;
}): ReadFilters {
	const { url, principal, now } = options;
	const params = url.searchParams;
	const values = filterValues(params, now);
	const issues: FilterIssue[] = [];

	const measure = SUMMARY_MEASURES.find((candidate) => candidate.id === values.measure);
	if (measure === undefined) {
		issues.push({ field: 'measure', message: 'Measure to chart: choose a measure from the list.' });
	}

	// Checked on its own, so the message shows even while another filter is wrong.
	if (values.locality !== '' && !canSeeLocality(principal, values.locality)) {
		issues.push({
			field: 'locality',
			message: 'Locality: you can only see the localities in the list. Choose one of them.'
		});
	}

	const queryParams = new URLSearchParams();
	for (const field of ['from', 'to', 'pathway', 'locality', 'by'] as const) {
		if (values[field] !== '') queryParams.set(field, values[field]);
	}
	const parsed = parseSummaryQuery(queryParams);
	if (!parsed.ok) {
		// The range checks compare the months as text: once a month itself is wrong, they only
		// repeat the same problem in a more confusing way.
		const hasMonthIssue = parsed.issues.some((issue) => issue.code !== 'custom');
		for (const issue of parsed.issues) {
			if (!(hasMonthIssue && issue.code === 'custom')) issues.push(locateIssue(issue));
		}
	}

	if (issues.length > 0 || !parsed.ok || measure === undefined) {
		return { ok: false, values, issues: firstPerField(issues) };
	}
	const { by, ...query } = parsed.query;
	return {
		ok: true,
		values,
		filters: { query, by: by ?? DEFAULT_BREAKDOWN, measure: measure.id }
	};
}

/** The filters as given, with defaults for those the URL leaves out, to refill the form. */
function filterValues(params: URLSearchParams, now: Date): FilterValues {
	const given = (field: FilterField) => params.get(field)?.trim() ?? '';
	const noMonths = !params.has('from') && !params.has('to');
	const to = monthOf(now);
	return {
		from: noMonths ? addMonths(to, 1 - DEFAULT_MONTHS) : given('from'),
		to: noMonths ? to : given('to'),
		pathway: given('pathway'),
		locality: given('locality'),
		by: params.has('by') ? given('by') : DEFAULT_BREAKDOWN,
		measure: params.has('measure') ? given('measure') : DEFAULT_MEASURE
	};
}

/** A Zod issue from the summary parser as a plain message on the field it is about. */
function locateIssue(issue: {
	path: readonly PropertyKey[];
	code: string;
	message: string;
}): FilterIssue {
	const key = issue.path[0];
	const field: FilterField =
		typeof key === 'string' && (FILTER_FIELDS as readonly string[]).includes(key)
			? (key as FilterField)
			: 'from';
	return { field, message: plainMessage(field, issue) };
}

const FIELD_NAMES: Readonly<Record<FilterField, string>> = {
	from: 'From month',
	to: 'To month',
	pathway: 'Pathway',
	locality: 'Locality',
	by: 'Break down by',
	measure: 'Measure to chart'
};

function plainMessage(field: FilterField, issue: { code: string; message: string }): string {
	const name = FIELD_NAMES[field];
	switch (field) {
		case 'from':
		case 'to':
			if (issue.code === 'invalid_type') return `${name}: enter a month, like 2026-01.`;
			if (issue.code === 'invalid_format')
				return `${name}: enter a month as YYYY-MM, like 2026-01.`;
			if (issue.message.includes('before'))
				return `${name}: choose the same month as From month, or a later one.`;
			return `${name}: choose at most ${MAX_SPAN_MONTHS} months from From month.`;
		case 'pathway':
		case 'locality':
			return `${name}: choose one from the list.`;
		case 'by':
			return `${name}: choose a breakdown from the list.`;
		case 'measure':
			return `${name}: choose a measure from the list.`;
	}
}

/**
 * One message per field (the first found: a field with two problems needs one fix at a time),
 * in the order the form shows the fields.
 */
function firstPerField(issues: readonly FilterIssue[]): FilterIssue[] {
	const rank = (issue: FilterIssue) => FILTER_FIELDS.indexOf(issue.field);
	const sorted = [...issues].sort((a, b) => rank(a) - rank(b));
	return sorted.filter(
		(issue, index) => sorted.findIndex((other) => other.field === issue.field) === index
	);
}

/** `now`'s month (UTC) as YYYY-MM. */
export function monthOf(now: Date): string {
	return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** `month` moved by `count` months (negative: earlier). */
export function addMonths(month: string, count: number): string {
	const [year, number] = month.split('-').map(Number) as [number, number];
	const index = year * 12 + (number - 1) + count;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
