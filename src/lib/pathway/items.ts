/**
 * Walking questionnaire items and resolving the references that conditions, scores, rules and
 * scenarios make to them. Items and scores are named by `code` (preferred) or by `linkId` /
 * score `id`; one name can match several items (the three PSFS ratings share a code).
 */
import type { Pathway } from './schema/pathway-schema.js';
import type { AnswerableItem, Item, Questionnaire, Score } from './schema/questionnaire-schema.js';

/** Every item of a questionnaire in document order, groups included, depth first. */
export function listItems(items: readonly Item[]): Item[] {
	const out: Item[] = [];
	for (const item of items) {
		out.push(item);
		if (item.type === 'group') out.push(...listItems(item.items));
	}
	return out;
}

/** True when the item takes an answer (not display, not group). */
export function isAnswerable(item: Item): item is AnswerableItem {
	return item.type !== 'display' && item.type !== 'group';
}

/** Every answerable item of a questionnaire in document order. */
export function listAnswerableItems(questionnaire: Pick<Questionnaire, 'items'>): AnswerableItem[] {
	return listItems(questionnaire.items).filter(isAnswerable);
}

/** True when `ref` names this item by code or linkId. */
export function isItemNamed(item: Item, ref: string): boolean {
	return item.linkId === ref || item.code === ref;
}

/** True when `ref` names this score by code or id. */
export function isScoreNamed(score: Score, ref: string): boolean {
	return score.id === ref || score.code === ref;
}

/** An item together with the questionnaire it belongs to. */
export interface LocatedItem {
	readonly questionnaire: Questionnaire;
	readonly item: AnswerableItem;
}

/** Every answerable item in the pathway that `ref` names, in any questionnaire. */
export function findItems(pathway: Pick<Pathway, 'questionnaires'>, ref: string): LocatedItem[] {
	const found: LocatedItem[] = [];
	for (const questionnaire of pathway.questionnaires) {
		for (const item of listAnswerableItems(questionnaire)) {
			if (isItemNamed(item, ref)) found.push({ questionnaire, item });
		}
	}
	return found;
}

/** Every score in the pathway that `ref` names, in any questionnaire. */
export function findScores(
	pathway: Pick<Pathway, 'questionnaires'>,
	ref: string
): { questionnaire: Questionnaire; score: Score }[] {
	const found: { questionnaire: Questionnaire; score: Score }[] = [];
	for (const questionnaire of pathway.questionnaires) {
		for (const score of questionnaire.scores ?? []) {
			if (isScoreNamed(score, ref)) found.push({ questionnaire, score });
		}
	}
	return found;
}
