/**
 * What the commissioner dashboard page renders: a plain, serialisable view of a disclosed summary
 * that the dashboard's data endpoint builds (src/routes/commissioner/data/dashboard). Components never
 * import server code, so the shapes live here; every figure is already disclosed (`Shown`).
 */
import type { LabelledFigure, MeasureKind, Shown } from './dashboard-format';

/** The filter fields, in the order the form shows them; also the ids issues point at. */
export const FILTER_FIELDS = ['from', 'to', 'pathway', 'locality', 'by', 'measure'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** The filters as the URL gave them (strings, possibly invalid), to refill the form. */
export type FilterValues = Readonly<Record<FilterField, string>>;

/** One option of a select. */
export interface Option {
	readonly value: string;
	readonly label: string;
}

/** What each select offers. */
export interface FilterOptions {
	readonly pathways: readonly Option[];
	readonly localities: readonly Option[];
	readonly breakdowns: readonly Option[];
	readonly measures: readonly Option[];
}

/** A problem with one filter, shown beside it and in the error summary at the top. */
export interface FilterIssue {
	readonly field: FilterField;
	readonly message: string;
}

/** A measure as the dashboard describes it. */
export interface MeasureView {
	readonly id: string;
	readonly label: string;
	readonly kind: MeasureKind;
	readonly description: string;
}

/** One headline figure. */
export interface TileView {
	readonly measure: MeasureView;
	readonly value: Shown;
}

/** Every measure for one group (a month, an age band...), for the full data tables. */
export interface RowView {
	readonly label: string;
	readonly values: readonly Shown[];
}

/** A chart of one measure over the groups of a breakdown, with its full table. */
export interface SeriesView {
	/** What the groups are ('Month enrolled', 'Age band'...). */
	readonly groupLabel: string;
	readonly measure: MeasureView;
	/** The charted measure per group, in order. */
	readonly figures: readonly LabelledFigure[];
	/** Every measure per group (columns in the order of `DashboardView.measures`). */
	readonly rows: readonly RowView[];
}

/** A list of people counts (escalation codes, signposts). */
export interface CountListView {
	readonly label: string;
	/** A second column, when the list has one (an escalation's severity). */
	readonly detail?: string;
	readonly people: Shown;
}

/** The dashboard for valid filters. */
export interface DashboardView {
	/** Plain-English summary of the filters ("Jan 2026 to Dec 2026, all pathways, Leeds"). */
	readonly scope: string;
	readonly measures: readonly MeasureView[];
	readonly tiles: readonly TileView[];
	readonly timeSeries: SeriesView;
	readonly breakdown: SeriesView;
	readonly escalationCodes: readonly CountListView[];
	readonly signposts: readonly CountListView[];
	readonly suppressionNote: string;
	/** The query string of this summary's CSV download (same filters, no leading `?`). */
	readonly csvQuery: string;
}

/** What the layout's header shows about who is signed in. */
export interface SignedIn {
	/** The account's email address; null for an API token (a BI tool). */
	readonly email: string | null;
	readonly role: 'commissioner' | 'admin';
	/** The names of the localities this person may see, or 'all'. */
	readonly localityNames: readonly string[] | 'all';
}

/** The dashboard page's data: the filters as typed, their options and problems, the figures. */
export interface DashboardPageData {
	readonly values: FilterValues;
	readonly options: FilterOptions;
	readonly issues: readonly FilterIssue[];
	readonly dashboard: DashboardView | null;
}
