/**
 * Whether a value written in a condition, an enableWhen or a scenario fits the item it is
 * compared with: true/false for yes-no questions, numbers within range for scales, existing
 * option codes for choices.
 */
import type { AnswerValue, Operator } from '../schema/condition-schema.js';
import type { AnswerableItem } from '../schema/questionnaire-schema.js';
import { describeValue } from './describe.js';
import { didYouMean, listValues, quote } from './suggest.js';

/** A problem with a value, and how serious it is. */
export interface AnswerFitProblem {
	readonly severity: 'error' | 'warning';
	readonly message: string;
}

/** The kind of answer an item takes, for messages. */
export function describeItemKind(item: AnswerableItem): string {
	switch (item.type) {
		case 'boolean':
			return 'a yes/no question (answer true or false)';
		case 'integer':
			return `a whole-number scale from ${item.min} to ${item.max}`;
		case 'decimal':
			return `a number scale from ${item.min} to ${item.max}`;
		case 'choice':
			return `a choice (answer one of the option codes ${listValues(item.options.map((option) => option.code))})`;
	}
}

/** Checks a comparison `op value` against the item; undefined when it fits. */
export function checkAnswerFit(
	item: AnswerableItem,
	op: Operator,
	value: AnswerValue
): AnswerFitProblem | undefined {
	const name = quote(item.code ?? item.linkId);
	if (op === 'exists') {
		return typeof value === 'boolean'
			? undefined
			: {
					severity: 'error',
					message: `With "exists", the value is true (answered) or false (not answered), not ${describeValue(value)}.`
				};
	}
	return checkValueFit(item, value, name, op);
}

/** Checks a bare answer value (a scenario answer, for example) against the item. */
export function checkValueFit(
	item: AnswerableItem,
	value: AnswerValue,
	name = quote(item.code ?? item.linkId),
	op: Operator = '='
): AnswerFitProblem | undefined {
	const kind = describeItemKind(item);
	switch (item.type) {
		case 'boolean':
			if (typeof value !== 'boolean') {
				return {
					severity: 'error',
					message: `${name} is ${kind}, so compare it with true or false, not ${describeValue(value)}.`
				};
			}
			if (op !== '=' && op !== '!=') {
				return {
					severity: 'error',
					message: `${name} is ${kind}: use "=" or "!=" with it, not ${quote(op)}.`
				};
			}
			return undefined;
		case 'integer':
		case 'decimal':
			if (typeof value !== 'number') {
				return {
					severity: 'error',
					message: `${name} is ${kind}, so compare it with a number, not ${describeValue(value)}.`
				};
			}
			if (value < item.min || value > item.max) {
				return {
					severity: 'warning',
					message: `${value} is outside the range of ${name} (${item.min} to ${item.max}), so this comparison is always true or always false. Check the number.`
				};
			}
			return undefined;
		case 'choice': {
			const codes = item.options.map((option) => option.code);
			if (typeof value !== 'string') {
				return { severity: 'error', message: `${name} is ${kind}, not ${describeValue(value)}.` };
			}
			if (!codes.includes(value)) {
				return {
					severity: 'error',
					message: `${quote(value)} is not an option of ${name}.${didYouMean(value, codes)} Its option codes are: ${listValues(codes)}.`
				};
			}
			if (op !== '=' && op !== '!=') {
				return {
					severity: 'error',
					message: `${name} is a choice: use "=" or "!=" with an option code, not ${quote(op)}.`
				};
			}
			return undefined;
		}
	}
}
