import { describe, expect, it } from 'vitest';
import { thresholdGapOverlapRule } from '../../../../../src/lib/pathway/lint/rules/threshold-gap-overlap.js';
import {
	append,
	expectAt,
	findingsOf,
	insert,
	lintVariant,
	set,
	unchanged,
	valuePositionOf
} from '../../../../fixtures/pathway-fixture.js';

const rules = [thresholdGapOverlapRule];

function bands(...ranges: [number, number][]) {
	return ranges.map(([from, to], index) => ({
		id: `band-${index}`,
		from,
		to,
		label: 'band.mood.low'
	}));
}

function lintBands(...ranges: [number, number][]) {
	return lintVariant(set('questionnaires.2.scores.0.bands', bands(...ranges)), {
		rules
	});
}

describe('threshold-gap-overlap: score bands', () => {
	it('finds nothing in the fixture', () => {
		expect(
			findingsOf(lintVariant(unchanged, { rules }).diagnostics, 'threshold-gap-overlap')
		).toEqual([]);
	});

	it('reports a gap between whole-number bands, at the later band', () => {
		const { text, diagnostics } = lintBands([0, 2], [4, 6]);
		const [finding, ...rest] = findingsOf(diagnostics, 'threshold-gap-overlap');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('error');
		expect(finding?.message).toBe(
			'There is a gap between bands "band-0" (to 2) and "band-1" (from 4) of score "phq2": no band covers a score of 3. Start "band-1" at 3.'
		);
		expectAt(finding, valuePositionOf(text, 'from', '4'));
	});

	it('reports overlapping bands', () => {
		const { diagnostics } = lintBands([0, 3], [3, 6]);
		const [finding] = findingsOf(diagnostics, 'threshold-gap-overlap');
		expect(finding?.path).toBe('questionnaires.2.scores.0.bands.1.from');
		expect(finding?.message).toContain('overlap, so a score of 3 is in both');
	});

	it('reports bands that leave the ends of the range uncovered or go outside it', () => {
		const start = findingsOf(lintBands([1, 2], [3, 6]).diagnostics, 'threshold-gap-overlap');
		expect(start.map((diagnostic) => diagnostic.message)).toEqual([
			'No band of score "phq2" covers a score of 0: the lowest band "band-0" starts at 1 but the score can be 0. Start it at 0.'
		]);
		const end = findingsOf(lintBands([0, 2], [3, 5]).diagnostics, 'threshold-gap-overlap');
		expect(end[0]?.message).toContain('covers scores above 5');
		const outside = findingsOf(lintBands([0, 2], [3, 7]).diagnostics, 'threshold-gap-overlap');
		expect(outside[0]?.message).toContain('goes outside score "phq2"\'s range 0 to 6');
	});

	it('knows a mean of two whole numbers moves in halves', () => {
		const change = (to: number, from: number) =>
			lintVariant(
				[
					set('questionnaires.2.scores.0.method', 'mean'),
					set('questionnaires.2.scores.0.max', 3),
					set('questionnaires.2.scores.0.bands', bands([0, to], [from, 3]))
				],
				{ rules }
			).diagnostics;
		expect(findingsOf(change(1.5, 2), 'threshold-gap-overlap')).toEqual([]);
		expect(findingsOf(change(1, 2), 'threshold-gap-overlap')[0]?.message).toContain(
			'no band covers scores between 1 and 2'
		);
	});
});

describe('threshold-gap-overlap: shadowed transitions', () => {
	const painAtLeast = (value: number, to: string) => ({
		on: 'checkin.submitted',
		when: { answer: { item: 'pain.nrs', op: '>=', value } },
		to
	});

	it('warns when an earlier transition takes every value a later one tests', () => {
		const { text, diagnostics } = lintVariant(
			append('stages.1.transitions', painAtLeast(5, 'settling'), painAtLeast(8, 'urgent-help')),
			{ rules }
		);
		const [finding, ...rest] = findingsOf(diagnostics, 'threshold-gap-overlap');
		expect(rest).toEqual([]);
		expect(finding?.severity).toBe('warning');
		expect(finding?.path).toBe('stages.1.transitions.2.when');
		expect(finding?.message).toBe(
			'For "pain.nrs" 8 to 10, transition 2 of stage "building-up" (to "settling") is taken first, so this transition (to "urgent-help") never applies to those values. Make the ranges not overlap, or put the narrower transition first.'
		);
		// The "when" object starts four lines above its "value".
		expect(finding?.line).toBe(valuePositionOf(text, 'value', '8').line - 4);
	});

	it('accepts transitions on ranges that do not overlap', () => {
		const { diagnostics } = lintVariant(
			append(
				'stages.1.transitions',
				{
					on: 'checkin.submitted',
					when: { answer: { item: 'pain.nrs', op: '<=', value: 4 } },
					to: 'settling'
				},
				painAtLeast(5, 'urgent-help')
			),
			{ rules }
		);
		expect(findingsOf(diagnostics, 'threshold-gap-overlap')).toEqual([]);
	});

	it('warns when a transition without "when" comes before others on the same event', () => {
		const { diagnostics } = lintVariant(
			insert('stages.1.transitions', 0, { on: 'day', to: 'settling' }),
			{ rules }
		);
		const [finding] = findingsOf(diagnostics, 'threshold-gap-overlap');
		expect(finding?.severity).toBe('warning');
		expect(finding?.path).toBe('stages.1.transitions.1.on');
		expect(finding?.message).toContain('has no "when", so it is always taken first');
	});
});
