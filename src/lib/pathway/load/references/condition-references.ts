/**
 * What conditions refer to: `answer` names an existing item and compares it with a fitting
 * value, `score` names a score, `trend` names a numeric item or a score, and `flag` reads a flag
 * that some action or migration sets.
 */
import { findItems, findScores, isAnswerable, listItems } from '../../items.js';
import type { Pathway } from '../../schema/pathway-schema.js';
import { checkAnswerFit } from '../answer-fit.js';
import type { PathSegment } from '../diagnostic.js';
import { didYouMean, listValues, quote } from '../suggest.js';
import { forEachConditionLeaf, listConditionRoots } from '../walk-pathway.js';
import { listSetFlags } from './action-references.js';
import type { ReferenceContext } from './reference-context.js';

/** Every name an answer or trend may use for an item: codes and linkIds of answerable items. */
function itemNames(pathway: Pathway): string[] {
	return pathway.questionnaires.flatMap((questionnaire) =>
		listItems(questionnaire.items)
			.filter(isAnswerable)
			.flatMap((item) => (item.code === undefined ? [item.linkId] : [item.code, item.linkId]))
	);
}

function scoreNames(pathway: Pathway): string[] {
	return pathway.questionnaires.flatMap((questionnaire) =>
		(questionnaire.scores ?? []).flatMap((score) =>
			score.code === undefined ? [score.id] : [score.code, score.id]
		)
	);
}

/** "Unknown item" message with a suggestion, pointing at scores when the name is a score. */
function unknownItemMessage(pathway: Pathway, ref: string, allowScores: boolean): string {
	const items = itemNames(pathway);
	const scores = scoreNames(pathway);
	if (!allowScores && scores.includes(ref)) {
		return `${quote(ref)} is a score, not a question: test it with { "score": { "score": ${quote(ref)}, ... } }.`;
	}
	const candidates = allowScores ? [...items, ...scores] : items;
	const display = pathway.questionnaires.some((questionnaire) =>
		listItems(questionnaire.items).some((item) => !isAnswerable(item) && item.linkId === ref)
	);
	if (display)
		return `${quote(ref)} is a display or group item, which has no answer. Name a question instead.`;
	return `No question${allowScores ? ' or score' : ''} has code or linkId ${quote(ref)}.${didYouMean(ref, candidates)} Name ${allowScores ? 'an item or score' : 'an item'} by its code (preferred) or linkId.`;
}

/** Checks every condition in the pathway. */
export function checkConditionReferences(context: ReferenceContext): void {
	const { pathway, reporter } = context;
	const setFlags = new Set([
		...listSetFlags(pathway).map(({ flag }) => flag),
		...(pathway.migrations ?? []).flatMap((migration) => Object.keys(migration.flags ?? {}))
	]);
	for (const root of listConditionRoots(pathway)) {
		forEachConditionLeaf(root.condition, root.path, (leaf, path) => {
			if ('answer' in leaf) {
				const test = leaf.answer;
				const found = findItems(pathway, test.item);
				const at: PathSegment[] = [...path, 'answer'];
				if (found.length === 0) {
					reporter.report([...at, 'item'], unknownItemMessage(pathway, test.item, false));
					return;
				}
				const problems = new Map<string, 'error' | 'warning'>();
				for (const { item } of found) {
					const problem = checkAnswerFit(item, test.op, test.value);
					if (problem !== undefined) problems.set(problem.message, problem.severity);
				}
				for (const [message, severity] of problems)
					reporter.report([...at, 'value'], message, { severity });
			} else if ('score' in leaf) {
				const test = leaf.score;
				const found = findScores(pathway, test.score);
				const at: PathSegment[] = [...path, 'score'];
				if (found.length === 0) {
					const scores = scoreNames(pathway);
					const hint =
						findItems(pathway, test.score).length > 0
							? ` ${quote(test.score)} is a question: test it with { "answer": { "item": ${quote(test.score)}, ... } }.`
							: ` Scores are: ${listValues(scores)}.`;
					reporter.report(
						[...at, 'score'],
						`No score has id or code ${quote(test.score)}.${didYouMean(test.score, scores)}${hint}`
					);
					return;
				}
				for (const { score } of found) {
					if (test.value < score.min || test.value > score.max) {
						reporter.report(
							[...at, 'value'],
							`${test.value} is outside the range of score ${quote(test.score)} (${score.min} to ${score.max}), so this test is always true or always false. Check the number.`,
							{ severity: 'warning' }
						);
						break;
					}
				}
			} else if ('trend' in leaf) {
				const ref = leaf.trend.item;
				const items = findItems(pathway, ref);
				const scores = findScores(pathway, ref);
				if (items.length === 0 && scores.length === 0) {
					reporter.report([...path, 'trend', 'item'], unknownItemMessage(pathway, ref, true));
					return;
				}
				const nonNumeric = items.find(
					({ item }) => item.type !== 'integer' && item.type !== 'decimal'
				);
				if (nonNumeric !== undefined && scores.length === 0) {
					reporter.report(
						[...path, 'trend', 'item'],
						`A trend follows a number over time, but ${quote(ref)} is a ${nonNumeric.item.type} item. Name a number scale (like "pain.nrs") or a score.`
					);
				}
			} else if ('flag' in leaf) {
				if (!setFlags.has(leaf.flag)) {
					reporter.report(
						[...path, 'flag'],
						`No action or migration sets the flag ${quote(leaf.flag)}, so this test is never true.${didYouMean(leaf.flag, setFlags)} Set it with { "type": "setFlag", "params": { "flag": ${quote(leaf.flag)} } } on a transition.`,
						{ severity: 'warning' }
					);
				}
			}
		});
	}
}
