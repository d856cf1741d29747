import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../../src/lib/server/auth/principal.js';
import { generateSyntheticRecords } from '../../../../src/lib/server/seed/synthetic-records.js';
import { SUPPRESSED } from '../../../../src/lib/server/summaries/disclosure-control.js';
import { refreshRollups } from '../../../../src/lib/server/summaries/rollups.js';
import {
	readSummaryFigures,
	type GroupFigures,
	type SummaryFigures
} from '../../../../src/lib/server/summaries/summary-figures.js';
import {
	discloseSummary,
	monthsInRange,
	parseSummaryQuery,
	readSummary,
	readSummaryFromRaw,
	SUMMARY_BREAKDOWNS,
	SUMMARY_MEASURES,
	summaryToCsv,
	type Summary,
	type SummaryBreakdown,
	type SummaryMeasureId,
	type SummaryQuery
} from '../../../../src/lib/server/summaries/summary.js';
import type { OutcomeRecord } from '../../../../src/lib/shared/outcome-record.js';
import type { Severity } from '../../../../src/lib/shared/vocabulary.js';
import { describeEachEngine } from '../databases.js';
import { parseCsv } from './csv.js';
import {
	LOCALITIES,
	MONTHS,
	outcomeRecordArbitrary,
	PATHWAYS,
	rawMeasuresOf,
	storeRecords,
	type RawMeasures
} from './records.js';

const admin: Principal = { kind: 'session', id: 'admin', role: 'admin', localities: 'all' };
const commissioner = (...localities: string[]): Principal => ({
	kind: 'token',
	id: 'token',
	role: 'commissioner',
	localities
});

describe('parseSummaryQuery', () => {
	const parse = (query: string) => parseSummaryQuery(new URLSearchParams(query));

	it('accepts a month range with optional filters and a breakdown', () => {
		expect(
			parse('from=2026-01&to=2026-12&pathway=low-back-pain&locality=example-leeds&by=sex')
		).toEqual({
			ok: true,
			query: {
				from: '2026-01',
				to: '2026-12',
				pathway: 'low-back-pain',
				locality: 'example-leeds',
				by: 'sex'
			}
		});
	});

	it('treats an empty value as absent (a form left on "any")', () => {
		expect(parse('from=2026-01&to=2026-01&pathway=&locality=&by=')).toEqual({
			ok: true,
			query: { from: '2026-01', to: '2026-01' }
		});
	});

	it.each([
		['from=2026-01', ['to'], 'a missing end'],
		['from=2026-13&to=2026-12', ['from'], 'a month that does not exist'],
		['from=2026-01-05&to=2026-12', ['from'], 'a date instead of a month'],
		['from=2026-05&to=2026-04', ['to'], 'an end before the start'],
		['from=2020-01&to=2025-01', ['to'], 'a span over 60 months'],
		['from=2026-01&to=2026-02&by=postcode', ['by'], 'an unknown breakdown'],
		['from=2026-01&to=2026-02&locality=Leeds%20North', ['locality'], 'a locality that is no id'],
		['from=2026-01&to=2026-02&colour=red', [], 'an unknown parameter'],
		['from=2026-01&to=2026-02&from=2026-03', ['from'], 'a repeated parameter']
	])('rejects %s (%s)', (query, path) => {
		const parsed = parse(query);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.issues[0]?.path).toEqual(path);
	});

	it('accepts exactly 60 months', () => {
		expect(parse('from=2021-01&to=2025-12').ok).toBe(true);
	});
});

/** The group a record falls in, for each breakdown (as stored: left-out sex is 'not-given'). */
function keyOf(record: OutcomeRecord, by: SummaryBreakdown): string {
	switch (by) {
		case 'month':
			return record.monthEnrolled;
		case 'locality':
			return record.locality;
		case 'pathway':
			return record.pathwayId;
		case 'ageBand':
			return record.ageBand;
		case 'sex':
			return record.sex ?? 'not-given';
		case 'ethnicity':
			return record.ethnicity ?? 'not-given';
		case 'referral':
			return record.referral;
	}
}

/** The figures a query should give, worked out from the records in plain TypeScript. */
function expectedFigures(
	records: readonly OutcomeRecord[],
	query: SummaryQuery,
	principal: Principal
): SummaryFigures {
	const included = records.filter(
		(r) =>
			r.monthEnrolled >= query.from &&
			r.monthEnrolled <= query.to &&
			(query.pathway === undefined || r.pathwayId === query.pathway) &&
			(query.locality === undefined || r.locality === query.locality) &&
			(principal.localities === 'all' || principal.localities.includes(r.locality))
	);
	const figures = (group: readonly OutcomeRecord[]): GroupFigures => {
		const measures: Partial<RawMeasures> = rawMeasuresOf(group);
		delete measures.escalationCodes;
		delete measures.signposts;
		return measures as GroupFigures;
	};
	const groups = new Map<string, GroupFigures>();
	if (query.by !== undefined) {
		const by = query.by;
		for (const key of new Set(included.map((r) => keyOf(r, by)))) {
			groups.set(key, figures(included.filter((r) => keyOf(r, by) === key)));
		}
	}
	const { escalationCodes, signposts } = rawMeasuresOf(included);
	return {
		total: figures(included),
		groups,
		escalationCodes: Object.entries(escalationCodes).map(([key, people]) => {
			const [code, severity] = key.split('|') as [string, Severity];
			return { code, severity, people };
		}),
		signposts: new Map(Object.entries(signposts))
	};
}

/** PSFS is stored as float4, so its sums match to a few decimals rather than exactly. */
function expectSameFigures(actual: SummaryFigures, expected: SummaryFigures): void {
	const strip = (figures: GroupFigures) => {
		const { psfsChangeSum, ...rest } = figures;
		return { psfsChangeSum: Math.round(psfsChangeSum * 100) / 100, rest };
	};
	const shape = (figures: SummaryFigures) => ({
		total: strip(figures.total).rest,
		groups: new Map([...figures.groups].map(([key, group]) => [key, strip(group).rest])),
		escalationCodes: [...figures.escalationCodes].sort((a, b) =>
			`${a.code}|${a.severity}`.localeCompare(`${b.code}|${b.severity}`)
		),
		signposts: figures.signposts
	});
	expect(shape(actual)).toEqual(shape(expected));
	for (const [key, group] of [['total', actual.total] as const, ...actual.groups]) {
		const other = key === 'total' ? expected.total : expected.groups.get(key);
		expect(group.psfsChangeSum).toBeCloseTo(other?.psfsChangeSum ?? Number.NaN, 3);
	}
}

/** A summary without the PSFS mean, which float4 storage can round either way at a .x5. */
function withoutPsfsMean(summary: Summary): unknown {
	const strip = (row: Summary['total']) => {
		const values: Partial<Record<SummaryMeasureId, unknown>> = { ...row.values };
		delete values.psfsChangeMean;
		return { ...row, values };
	};
	return { ...summary, total: strip(summary.total), groups: summary.groups.map(strip) };
}

const queryArbitrary: fc.Arbitrary<SummaryQuery> = fc
	.record({
		months: fc.uniqueArray(fc.constantFrom(...MONTHS), { minLength: 1, maxLength: 2 }),
		pathway: fc.option(fc.constantFrom(...PATHWAYS), { nil: undefined }),
		locality: fc.option(fc.constantFrom(...LOCALITIES), { nil: undefined }),
		by: fc.option(fc.constantFrom(...SUMMARY_BREAKDOWNS), { nil: undefined })
	})
	.map(({ months, ...rest }) => {
		const sorted = [...months].sort();
		const query: SummaryQuery = { from: sorted[0]!, to: sorted.at(-1)! };
		for (const [key, value] of Object.entries(rest)) {
			if (value !== undefined) Object.assign(query, { [key]: value });
		}
		return query;
	});

const principalArbitrary: fc.Arbitrary<Principal> = fc.oneof(
	fc.constant(admin),
	fc.subarray([...LOCALITIES]).map((localities) => commissioner(...localities))
);

/** Every count of people in a summary (measures of kind 'count', codes and signposts). */
function countsIn(summary: Summary): unknown[] {
	const countIds = SUMMARY_MEASURES.filter((m) => m.kind === 'count').map((m) => m.id);
	return [
		...[summary.total, ...summary.groups].flatMap((row) => countIds.map((id) => row.values[id])),
		...summary.escalationCodes.map((code) => code.people),
		...summary.signposts.map((signpost) => signpost.people)
	];
}

function expectDisclosed(summary: Summary): void {
	for (const count of countsIn(summary)) {
		if (count === SUPPRESSED) continue;
		expect(typeof count).toBe('number');
		expect((count as number) % 5).toBe(0);
	}
	for (const row of [summary.total, ...summary.groups]) {
		for (const measure of SUMMARY_MEASURES) {
			const value = row.values[measure.id];
			expect(value === SUPPRESSED || typeof value === 'number').toBe(true);
			if (measure.kind === 'percent' && value !== SUPPRESSED) {
				expect(value).toBeGreaterThanOrEqual(0);
				expect(value).toBeLessThanOrEqual(100);
			}
		}
	}
	// Over the whole JSON: every number that is not a percentage or mean is a disclosed count.
	const notCounts = new Set<string>(
		SUMMARY_MEASURES.filter((m) => m.kind !== 'count').map((m) => m.id)
	);
	const { total, groups, escalationCodes, signposts } = JSON.parse(
		JSON.stringify(summary)
	) as Summary;
	const shown = { total, groups, escalationCodes, signposts };
	const visit = (value: unknown, key: string): void => {
		if (typeof value === 'number') {
			if (notCounts.has(key)) return;
			expect(value >= 1 && value <= 7, `${key}: ${value}`).toBe(false);
			expect(value % 5, `${key}: ${value}`).toBe(0);
		} else if (Array.isArray(value)) {
			value.forEach((item) => visit(item, key));
		} else if (typeof value === 'object' && value !== null) {
			for (const [name, inner] of Object.entries(value)) visit(inner, name);
		}
	};
	visit(shown, '');
}

describeEachEngine('summaries', (database) => {
	it('read from the rollups exactly what the records give, for any query and scope', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(outcomeRecordArbitrary, { maxLength: 40 }),
				queryArbitrary,
				principalArbitrary,
				async (records, query, principal) => {
					await storeRecords(database(), records);
					await refreshRollups(database());
					const expected = expectedFigures(records, query, principal);
					const localities = principal.localities;
					const read = (source: 'rollups' | 'raw') =>
						readSummaryFigures({ database: database(), source, query, localities });
					expectSameFigures(await read('rollups'), expected);
					expectSameFigures(await read('raw'), expected);
					const summary = await readSummary(database(), query, principal);
					expect(withoutPsfsMean(summary)).toEqual(
						withoutPsfsMean(discloseSummary(query, expected))
					);
					expect(withoutPsfsMean(await readSummaryFromRaw(database(), query, principal))).toEqual(
						withoutPsfsMean(summary)
					);
				}
			),
			{ numRuns: 12 }
		);
	});

	it('never show a count of 1 to 7, in JSON or in CSV', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				fc.option(fc.constantFrom(...SUMMARY_BREAKDOWNS), { nil: undefined }),
				async (seed, by) => {
					const records = generateSyntheticRecords({
						seed,
						endMonth: '2026-06',
						localities: ['example-leeds', 'example-cardiff', 'national'],
						count: 300
					});
					await storeRecords(database(), records);
					await refreshRollups(database());
					const query: SummaryQuery = {
						from: '2024-07',
						to: '2026-06',
						...(by === undefined ? {} : { by })
					};
					const summary = await readSummary(database(), query, admin);
					expectDisclosed(summary);
					// Small groups exist in this data: they are hidden, not dropped or shown.
					if (by === 'month') expect(countsIn(summary)).toContain(SUPPRESSED);

					const csv = parseCsv(summaryToCsv(summary));
					expect(csv[0]).toEqual([
						'breakdown',
						'group',
						'measure_id',
						'measure',
						'unit',
						'value',
						'note'
					]);
					const countRows = csv.slice(1).filter((row) => row[4] === 'people (rounded to 5)');
					expect(countRows.length).toBeGreaterThan(0);
					for (const row of countRows) {
						const value = row[5]!;
						if (value === SUPPRESSED) {
							expect(row[6]).toMatch(/1 to 7 people/);
						} else {
							expect(Number(value) % 5).toBe(0);
						}
					}
				}
			),
			{ numRuns: 4 }
		);
	});

	it('show a commissioner only their localities', async () => {
		const records = generateSyntheticRecords({
			seed: 7,
			endMonth: '2026-06',
			localities: ['example-leeds', 'example-cardiff'],
			count: 200
		});
		await storeRecords(database(), records);
		await refreshRollups(database());
		const query: SummaryQuery = { from: '2024-07', to: '2026-06', by: 'locality' };
		const leeds = await readSummary(database(), query, commissioner('example-leeds'));
		expect(leeds.groups.map((g) => g.key)).toEqual(['example-leeds']);
		const leedsOnly = records.filter((r) => r.locality === 'example-leeds');
		expect(leeds.total).toEqual(
			discloseSummary(query, expectedFigures(leedsOnly, query, admin)).total
		);
		const everyone = await readSummary(database(), query, admin);
		expect(everyone.groups.map((g) => g.key)).toEqual(['example-cardiff', 'example-leeds']);

		// Nobody's localities, or a filter outside them: nothing, never someone else's numbers.
		const none = await readSummary(database(), query, commissioner());
		expect(none.total.values.enrolments).toBe(0);
		expect(none.groups).toEqual([]);
		const outside = await readSummary(
			database(),
			{ ...query, locality: 'example-cardiff' },
			commissioner('example-leeds')
		);
		expect(outside.total.values.enrolments).toBe(0);
	});

	it('give a time series a row for every month, oldest first', async () => {
		const records = generateSyntheticRecords({ seed: 3, endMonth: '2026-06', count: 50 });
		await storeRecords(database(), records);
		await refreshRollups(database());
		const summary = await readSummary(
			database(),
			{ from: '2026-05', to: '2027-02', by: 'month' },
			admin
		);
		expect(summary.groups.map((g) => g.key)).toEqual(monthsInRange('2026-05', '2027-02'));
		expect(summary.groups[0]?.label).toBe('May 2026');
		expect(summary.groups.at(-1)?.label).toBe('Feb 2027');
		expect(summary.groups.at(-1)?.values.enrolments).toBe(0);
	});
});
