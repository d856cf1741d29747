/**
 * What stops a questionnaire being sent: a required question that is shown but not answered, or
 * a number box holding something that is not a number in range. Pure, so the rules can be
 * tested without a browser; the form only shows what this finds.
 */
import { isItemEnabled } from '$lib/pathway/answers';
import { isAnswerable } from '$lib/pathway/items';
import type { Answers } from '$lib/pathway/engine-types';
import type { AnswerableItem, Item } from '$lib/pathway/schema/questionnaire-schema';

/** `missing`: required and unanswered. `invalid`: something typed that is not a valid answer. */
export type AnswerProblem = { readonly item: AnswerableItem; readonly kind: 'missing' | 'invalid' };

/**
 * Problems with the shown questions, in the order they appear.
 * @param answers the cleaned answers (`cleanAnswers`): only valid answers to shown items
 * @param hasTypedText true when the patient typed something in this item's number box
 */
export function findAnswerProblems(
	items: readonly Item[],
	answers: Readonly<Answers>,
	hasTypedText: (linkId: string) => boolean = () => false
): AnswerProblem[] {
	const problems: AnswerProblem[] = [];
	const visit = (list: readonly Item[]): void => {
		for (const item of list) {
			if (!isItemEnabled(item, answers)) continue;
			if (item.type === 'group') {
				visit(item.items);
				continue;
			}
			if (!isAnswerable(item) || answers[item.linkId] !== undefined) continue;
			if (hasTypedText(item.linkId)) problems.push({ item, kind: 'invalid' });
			else if (item.required === true) problems.push({ item, kind: 'missing' });
		}
	};
	visit(items);
	return problems;
}

/** True when an integer item is shown as a row of numbered buttons (a 0 to 10 scale, say). */
export function isScaleItem(item: AnswerableItem): boolean {
	return item.type === 'integer' && item.max - item.min <= 10 && item.max >= item.min;
}
