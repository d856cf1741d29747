/**
 * `threshold-gap-overlap`: score bands cover min..max exactly once (a score in a gap has no band;
 * in an overlap, two), and two transitions of a stage on the same event do not test overlapping
 * ranges of the same number (the first always wins, so the second silently never applies there).
 */
import type { DocumentPath } from '../../load/diagnostic.js';
import { quote } from '../../load/suggest.js';
import type { Condition } from '../../schema/condition-schema.js';
import type { Pathway } from '../../schema/pathway-schema.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import {
	describeRange,
	findNumericDomain,
	findScoreStep,
	hasValueBetween,
	intersectRanges,
	isRangeEmpty,
	rangeOf,
	snapRange,
	type ValueRange
} from '../value-range.js';

/**
 * `threshold-gap-overlap`: Score bands cover their range without gaps or overlaps; transitions on
 * one event do not shadow each other.
 */
export const thresholdGapOverlapRule: LintRule = {
	id: 'threshold-gap-overlap',
	severity: 'error',
	description:
		'Score bands cover their range without gaps or overlaps; transitions on one event do not shadow each other.',
	check({ pathway }) {
		return [...checkBands(pathway), ...checkShadowedTransitions(pathway)];
	}
};

function checkBands(pathway: Pathway): LintFinding[] {
	const findings: LintFinding[] = [];
	pathway.questionnaires.forEach((questionnaire, q) => {
		questionnaire.scores?.forEach((score, s) => {
			const bands = (score.bands ?? []).map((band, b) => ({
				band,
				path: ['questionnaires', q, 'scores', s, 'bands', b]
			}));
			if (bands.length === 0) return;
			const step = findScoreStep(score, questionnaire);
			const name = `score ${quote(score.id)}`;
			for (const { band, path } of bands) {
				if (band.from > band.to) {
					findings.push({
						path: [...path, 'to'],
						message: `Band ${quote(band.id)} of ${name} ends (${band.to}) before it starts (${band.from}). Swap "from" and "to".`
					});
				}
				if (band.from < score.min || band.to > score.max) {
					findings.push({
						path: [...path, band.from < score.min ? 'from' : 'to'],
						message: `Band ${quote(band.id)} (${band.from} to ${band.to}) goes outside ${name}'s range ${score.min} to ${score.max}. Keep bands within "min" and "max".`
					});
				}
			}
			const sorted = [...bands].sort((a, b) => a.band.from - b.band.from);
			const first = sorted[0]!;
			const last = sorted.reduce((a, b) => (b.band.to > a.band.to ? b : a));
			if (first.band.from > score.min) {
				findings.push({
					path: [...first.path, 'from'],
					message: `No band of ${name} covers ${describeGap(score.min, first.band.from, step, true)}: the lowest band ${quote(first.band.id)} starts at ${first.band.from} but the score can be ${score.min}. Start it at ${score.min}.`
				});
			}
			if (last.band.to < score.max) {
				findings.push({
					path: [...last.path, 'to'],
					message: `No band of ${name} covers scores above ${last.band.to}: the highest band ${quote(last.band.id)} ends at ${last.band.to} but the score can be ${score.max}. End it at ${score.max}.`
				});
			}
			for (let index = 1; index < sorted.length; index++) {
				const previous = sorted[index - 1]!;
				const current = sorted[index]!;
				// With continuous scores, bands may share a boundary; with whole numbers they must not.
				const overlaps =
					step === 0 ? current.band.from < previous.band.to : current.band.from <= previous.band.to;
				if (overlaps) {
					findings.push({
						path: [...current.path, 'from'],
						message: `Bands ${quote(previous.band.id)} (${previous.band.from} to ${previous.band.to}) and ${quote(current.band.id)} (${current.band.from} to ${current.band.to}) of ${name} overlap, so a score of ${current.band.from} is in both. Start ${quote(current.band.id)} after ${previous.band.to}.`
					});
				} else if (hasValueBetween(previous.band.to, current.band.from, step)) {
					findings.push({
						path: [...current.path, 'from'],
						message: `There is a gap between bands ${quote(previous.band.id)} (to ${previous.band.to}) and ${quote(current.band.id)} (from ${current.band.from}) of ${name}: no band covers ${describeGap(previous.band.to, current.band.from, step, false)}. Start ${quote(current.band.id)} ${step === 1 ? `at ${previous.band.to + 1}` : `right after ${previous.band.to}`}.`
					});
				}
			}
		});
	});
	return findings;
}

function describeGap(from: number, to: number, step: number, includeFrom: boolean): string {
	if (step === 1) {
		const low = includeFrom ? from : from + 1;
		const high = to - 1;
		return low === high ? `a score of ${low}` : `scores ${low} to ${high}`;
	}
	return `scores between ${from} and ${to}`;
}

/** A condition that is one numeric comparison, as a range of one named number. */
function asNumericTest(
	pathway: Pathway,
	condition: Condition | undefined
): { ref: string; kind: 'answer' | 'score'; range: ValueRange; step: number } | undefined {
	if (condition === undefined) return undefined;
	const test =
		'answer' in condition
			? { ...condition.answer, kind: 'answer' as const, ref: condition.answer.item }
			: 'score' in condition
				? { ...condition.score, kind: 'score' as const, ref: condition.score.score }
				: undefined;
	if (test === undefined || typeof test.value !== 'number') return undefined;
	const range = rangeOf(test.op, test.value);
	const domain = findNumericDomain(pathway, test.ref, test.kind);
	if (range === undefined || domain === undefined) return undefined;
	return {
		ref: test.ref,
		kind: test.kind,
		range: snapRange(intersectRanges(range, domain.range), domain.step),
		step: domain.step
	};
}

function checkShadowedTransitions(pathway: Pathway): LintFinding[] {
	const findings: LintFinding[] = [];
	pathway.stages.forEach((stage, s) => {
		stage.transitions.forEach((later, j) => {
			const laterPath: DocumentPath = ['stages', s, 'transitions', j];
			for (let i = 0; i < j; i++) {
				const earlier = stage.transitions[i]!;
				if (earlier.on !== later.on) continue;
				if (earlier.when === undefined) {
					findings.push({
						path: [...laterPath, 'on'],
						severity: 'warning',
						message: `Transition ${i + 1} of stage ${quote(stage.id)} on ${quote(later.on)} has no "when", so it is always taken first and this transition ${j + 1} never applies. Put the transition without "when" last.`
					});
					break;
				}
				const a = asNumericTest(pathway, earlier.when);
				const b = asNumericTest(pathway, later.when);
				if (a === undefined || b === undefined || a.kind !== b.kind || a.ref !== b.ref) continue;
				const overlap = snapRange(intersectRanges(a.range, b.range), a.step);
				if (isRangeEmpty(overlap)) continue;
				findings.push({
					path: [...laterPath, 'when'],
					severity: 'warning',
					message: `For ${quote(a.ref)} ${describeRange(overlap)}, transition ${i + 1} of stage ${quote(stage.id)} (to ${quote(earlier.to)}) is taken first, so this transition (to ${quote(later.to)}) never applies to those values. Make the ranges not overlap, or put the narrower transition first.`
				});
				break;
			}
		});
	});
	return findings;
}
