/**
 * When a safety-net rule covers a red-flag question: its condition is true when that question
 * alone is answered "yes". That is an `answer` test on the item's code or linkId with `= true`,
 * `!= false` or `exists true`, directly or as one of the alternatives of an `any`; an `all` covers
 * it only if every member does; a `not` never does (it cannot be relied on to fire).
 */
import { isRedFlagCode, type RedFlagCode } from '../../shared/vocabulary.js';
import { isItemNamed, listAnswerableItems } from '../items.js';
import type { Condition } from '../schema/condition-schema.js';
import type { Pathway, SafetyNetRule } from '../schema/pathway-schema.js';
import type { Item } from '../schema/questionnaire-schema.js';

/** The item names (codes or linkIds) whose "yes" alone makes the condition true. */
export function listRefsCoveredByYes(condition: Condition): Set<string> {
	if ('answer' in condition) {
		const { item, op, value } = condition.answer;
		const firesOnYes =
			(op === '=' && value === true) ||
			(op === '!=' && value === false) ||
			(op === 'exists' && value === true);
		return new Set(firesOnYes ? [item] : []);
	}
	if ('any' in condition) {
		return new Set(condition.any.flatMap((inner) => [...listRefsCoveredByYes(inner)]));
	}
	if ('all' in condition) {
		const [first, ...rest] = condition.all.map(listRefsCoveredByYes);
		if (first === undefined) return new Set();
		return new Set([...first].filter((ref) => rest.every((set) => set.has(ref))));
	}
	return new Set();
}

/** True when the rule fires whenever `item` is answered yes. */
export function doesRuleCoverItem(rule: Pick<SafetyNetRule, 'when'>, item: Item): boolean {
	return [...listRefsCoveredByYes(rule.when)].some((ref) => isItemNamed(item, ref));
}

/** The red-flag codes a rule covers: named directly, or through the linkId of a coded item. */
export function listRedFlagCodesCovered(pathway: Pathway, rule: SafetyNetRule): RedFlagCode[] {
	const refs = listRefsCoveredByYes(rule.when);
	const codes = new Set<RedFlagCode>();
	for (const ref of refs) if (isRedFlagCode(ref)) codes.add(ref);
	for (const questionnaire of pathway.questionnaires) {
		for (const item of listAnswerableItems(questionnaire)) {
			if (item.code !== undefined && isRedFlagCode(item.code) && refs.has(item.linkId))
				codes.add(item.code);
		}
	}
	return [...codes];
}
