/**
 * Builds the dashboard's view from disclosed summaries: one summary by month (the time series)
 * and one by the chosen breakdown, both through `readSummary` so every figure has been through
 * disclosure control before it gets here. Nothing in this file computes a number; it only picks
 * and labels the figures the summary holds.
 */
import type { ServerDatabase } from '$lib/server/db/connection';
import type { Principal } from '$lib/server/auth/principal';
import {
	BREAKDOWN_LABELS,
	readSummary,
	SUMMARY_MEASURES,
	type Summary,
	type SummaryBreakdown,
	type SummaryMeasureId,
	type SummaryRow
} from '$lib/server/summaries/summary';
import { formatMonth } from '$lib/components/commissioner/dashboard-format';
import {
	escalationLabel,
	severityLabel,
	signpostLabel
} from '$lib/components/commissioner/dashboard-labels';
import type {
	DashboardView,
	MeasureView,
	SeriesView
} from '$lib/components/commissioner/dashboard-view';
import { localityName, pathwayName } from './catalogue.server';
import type { DashboardFilters } from './filters.server';

/** The headline tiles, in order (issue C: the figures a commissioner looks at first). */
export const TILE_MEASURES: readonly SummaryMeasureId[] = [
	'enrolments',
	'activeAt30',
	'finished',
	'escalated',
	'painChangeMean',
	'painMeaningful',
	'backAtWork',
	'globalBetter'
];

/** Reads both summaries and builds the dashboard's view. */
export async function readDashboard(options: {
	readonly database: ServerDatabase;
	readonly principal: Principal;
	readonly filters: DashboardFilters;
}): Promise<DashboardView> {
	const { database, principal, filters } = options;
	const [byMonth, byGroup] = await Promise.all([
		readSummary(database, { ...filters.query, by: 'month' }, principal),
		filters.by === 'month'
			? undefined
			: readSummary(database, { ...filters.query, by: filters.by }, principal)
	]);
	const measures: MeasureView[] = SUMMARY_MEASURES.map(toMeasureView);
	const charted = measures.find((measure) => measure.id === filters.measure) ?? measures[0]!;
	return {
		scope: describeScope(filters),
		measures,
		tiles: TILE_MEASURES.map((id) => ({
			measure: measures.find((measure) => measure.id === id)!,
			value: byMonth.total.values[id]
		})),
		timeSeries: toSeries(byMonth, 'month', charted),
		breakdown: toSeries(byGroup ?? byMonth, filters.by, charted),
		escalationCodes: byMonth.escalationCodes.map(({ code, severity, people }) => ({
			label: `${escalationLabel(code)} (${code})`,
			detail: severityLabel(severity),
			people
		})),
		signposts: byMonth.signposts.map(({ category, people }) => ({
			label: signpostLabel(category),
			people
		})),
		suppressionNote: byMonth.suppressionNote,
		csvQuery: csvQuery(filters)
	};
}

/** The CSV download's query string for these filters (the breakdown chosen on the page). */
export function csvQuery(filters: DashboardFilters): string {
	const params = new URLSearchParams();
	params.set('from', filters.query.from);
	params.set('to', filters.query.to);
	if (filters.query.pathway !== undefined) params.set('pathway', filters.query.pathway);
	if (filters.query.locality !== undefined) params.set('locality', filters.query.locality);
	params.set('by', filters.by);
	return params.toString();
}

function toMeasureView(measure: (typeof SUMMARY_MEASURES)[number]): MeasureView {
	return {
		id: measure.id,
		label: measure.label,
		kind: measure.kind,
		description: measure.description
	};
}

function toSeries(summary: Summary, by: SummaryBreakdown, charted: MeasureView): SeriesView {
	const id = charted.id as SummaryMeasureId;
	return {
		groupLabel: BREAKDOWN_LABELS[by],
		measure: charted,
		figures: summary.groups.map((row) => ({ label: groupLabel(by, row), value: row.values[id] })),
		rows: summary.groups.map((row) => ({
			label: groupLabel(by, row),
			values: SUMMARY_MEASURES.map((measure) => row.values[measure.id])
		}))
	};
}

/** A group's name: localities and pathways by name rather than code. */
function groupLabel(by: SummaryBreakdown, row: SummaryRow): string {
	switch (by) {
		case 'locality':
			return localityName(row.key);
		case 'pathway':
			return pathwayName(row.key);
		case 'month':
		case 'ageBand':
		case 'sex':
		case 'ethnicity':
		case 'referral':
			return row.label;
	}
}

function describeScope(filters: DashboardFilters): string {
	const { from, to, pathway, locality } = filters.query;
	return [
		from === to ? formatMonth(from) : `${formatMonth(from)} to ${formatMonth(to)}`,
		pathway === undefined ? 'all pathways' : pathwayName(pathway),
		locality === undefined ? 'all your localities' : localityName(locality)
	].join(', ');
}
