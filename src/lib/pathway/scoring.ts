/**
 * Questionnaire scores: sum, mean, max or count of item values. Booleans count as 1 or 0 and
 * choices as their option weight (FHIR itemWeight). A score with any unanswered item is missing,
 * never guessed: a missing PHQ-2 must not read as a reassuring zero.
 */
import type { Answers } from './engine-types.js';
import type { AnswerValue } from './schema/condition-schema.js';
import type { AnswerableItem, Questionnaire, Score } from './schema/questionnaire-schema.js';
import { listAnswerableItems } from './items.js';

/** Computes every score of a questionnaire that can be computed from the answers. */
export function computeScores(
	questionnaire: Pick<Questionnaire, 'items' | 'scores'>,
	answers: Readonly<Answers>
): Record<string, number> {
	const scores: Record<string, number> = {};
	if (questionnaire.scores === undefined) return scores;
	const items = new Map(listAnswerableItems(questionnaire).map((item) => [item.linkId, item]));
	for (const score of questionnaire.scores) {
		const value = computeScore(score, items, answers);
		if (value !== undefined) scores[score.id] = value;
	}
	return scores;
}

/** The numeric value of one answer: the number itself, 1/0 for yes/no, or the option weight. */
export function numericValue(item: AnswerableItem, value: AnswerValue): number | undefined {
	switch (item.type) {
		case 'boolean':
			return value === true ? 1 : value === false ? 0 : undefined;
		case 'integer':
		case 'decimal':
			return typeof value === 'number' ? value : undefined;
		case 'choice':
			return item.options.find((option) => option.code === value)?.weight;
	}
}

function computeScore(
	score: Score,
	items: ReadonlyMap<string, AnswerableItem>,
	answers: Readonly<Answers>
): number | undefined {
	const raw: AnswerValue[] = [];
	for (const linkId of score.items) {
		const value = answers[linkId];
		if (value === undefined) return undefined;
		raw.push(value);
	}
	if (score.method === 'count') {
		const counted = score.countValue ?? true;
		return raw.filter((value) => value === counted).length;
	}
	const values: number[] = [];
	for (const [i, linkId] of score.items.entries()) {
		const item = items.get(linkId);
		const value = item === undefined ? undefined : numericValue(item, raw[i] as AnswerValue);
		if (value === undefined) return undefined;
		values.push(value);
	}
	switch (score.method) {
		case 'sum':
			return values.reduce((a, b) => a + b, 0);
		case 'mean':
			return values.reduce((a, b) => a + b, 0) / values.length;
		case 'max':
			return Math.max(...values);
	}
}
