/**
 * Cleaning a submitted questionnaire: answers to items that are hidden by `enableWhen`, unknown,
 * or of the wrong type are dropped, exactly as FHIR says disabled items have no answer. The
 * patient app validates answers before sending them; this is the engine's own boundary.
 */
import { compareAnswer } from './compare.js';
import type { Answers } from './engine-types.js';
import type { AnswerValue } from './schema/condition-schema.js';
import type { AnswerableItem, Item } from './schema/questionnaire-schema.js';

/** Keeps only valid answers to enabled items, in document order. */
export function cleanAnswers(items: readonly Item[], answers: Readonly<Answers>): Answers {
	const kept: Answers = {};
	collect(items, answers, kept);
	return kept;
}

/** True when an item is shown given the answers kept so far (FHIR enableWhen / enableBehavior). */
export function isItemEnabled(item: Item, answers: Readonly<Answers>): boolean {
	if (item.enableWhen === undefined) return true;
	const results = item.enableWhen.map((rule) =>
		compareAnswer(rule.operator, answers[rule.question], rule.answer)
	);
	return item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
}

/** True when `value` is a valid answer for `item`. */
export function isValidAnswer(item: AnswerableItem, value: AnswerValue): boolean {
	switch (item.type) {
		case 'boolean':
			return typeof value === 'boolean';
		case 'choice':
			return typeof value === 'string' && item.options.some((option) => option.code === value);
		case 'integer':
			return (
				Number.isInteger(value) && (value as number) >= item.min && (value as number) <= item.max
			);
		case 'decimal':
			return (
				typeof value === 'number' &&
				Number.isFinite(value) &&
				value >= item.min &&
				value <= item.max
			);
	}
}

function collect(items: readonly Item[], answers: Readonly<Answers>, kept: Answers): void {
	for (const item of items) {
		if (!isItemEnabled(item, kept)) continue;
		switch (item.type) {
			case 'group':
				collect(item.items, answers, kept);
				break;
			case 'display':
				break;
			case 'boolean':
			case 'choice':
			case 'integer':
			case 'decimal': {
				const value = answers[item.linkId];
				if (value !== undefined && isValidAnswer(item, value)) kept[item.linkId] = value;
				break;
			}
		}
	}
}
