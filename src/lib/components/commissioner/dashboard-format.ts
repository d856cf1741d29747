/**
 * How the commissioner dashboard shows numbers that have already been through disclosure control
 * (safety-facts.md section 7): a suppressed figure stays `*` everywhere (tiles, tables, chart
 * text) and is never drawn as zero, only left out of the chart as a gap.
 *
 * These helpers are pure so that tests can call them without a browser; the components only
 * render what they return. Components never import server code, so the disclosed value type is
 * restated here: it is structurally the server's `Disclosed`.
 */

/** The symbol the server puts in place of a suppressed number. */
export const SUPPRESSED_MARK = '*';

/** A figure after disclosure control: a number, or `*` when it is suppressed. */
export type Shown = number | typeof SUPPRESSED_MARK;

/** What a figure measures, which decides how it is written. */
export type MeasureKind = 'count' | 'percent' | 'mean';

/** One labelled figure, e.g. one month or one age band of a measure. */
export interface LabelledFigure {
	readonly label: string;
	readonly value: Shown;
}

/** A figure ready for the chart: `null` where the table shows `*` (a gap, never a zero). */
export interface ChartPoint {
	readonly label: string;
	readonly value: number | null;
	readonly isSuppressed: boolean;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const DECIMAL_FORMAT = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** True when a figure was suppressed by disclosure control. */
export function isSuppressed(value: Shown): value is typeof SUPPRESSED_MARK {
	return value === SUPPRESSED_MARK;
}

/** A figure as text: `*` for a suppressed one, `1,235` for a count, `42.0%`, `-2.1` for a mean. */
export function formatShown(value: Shown, kind: MeasureKind): string {
	if (isSuppressed(value)) return SUPPRESSED_MARK;
	switch (kind) {
		case 'count':
			return COUNT_FORMAT.format(value);
		case 'percent':
			return `${DECIMAL_FORMAT.format(value)}%`;
		case 'mean':
			// A leading minus sign a screen reader reads ("minus 2.1"), not a hyphen.
			return DECIMAL_FORMAT.format(value).replace('-', '\u2212');
	}
}

/** The chart's points: suppressed figures become gaps (null), never zeros. */
export function toChartPoints(figures: readonly LabelledFigure[]): ChartPoint[] {
	return figures.map(({ label, value }) =>
		isSuppressed(value)
			? { label, value: null, isSuppressed: true }
			: { label, value, isSuppressed: false }
	);
}

export { formatMonth } from '../../shared/months.js';

/**
 * A chart's text alternative: what it shows, its highest and lowest figures, and which ones are
 * suppressed, so a screen-reader user gets the shape of the chart without the table.
 */
export function describeFigures(options: {
	readonly title: string;
	readonly kind: MeasureKind;
	readonly figures: readonly LabelledFigure[];
}): string {
	const { title, kind, figures } = options;
	if (figures.length === 0) return `${title}: no data for these filters.`;
	const shown = figures.filter(
		(figure): figure is { label: string; value: number } => !isSuppressed(figure.value)
	);
	const hidden = figures.filter((figure) => isSuppressed(figure.value));
	const parts: string[] = [];
	if (shown.length > 0) {
		const highest = shown.reduce((a, b) => (b.value > a.value ? b : a));
		const lowest = shown.reduce((a, b) => (b.value < a.value ? b : a));
		parts.push(
			shown.length === 1
				? `${highest.label}: ${formatShown(highest.value, kind)}`
				: `highest ${formatShown(highest.value, kind)} (${highest.label}), lowest ${formatShown(lowest.value, kind)} (${lowest.label})`
		);
	}
	if (hidden.length > 0) {
		const names = hidden.map((figure) => figure.label).join(', ');
		parts.push(`${hidden.length} of ${figures.length} suppressed as * and not drawn (${names})`);
	}
	return `${title}: ${parts.join('; ')}.`;
}
