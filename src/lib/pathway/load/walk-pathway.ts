/**
 * Walking a pathway while keeping each part's document path, so that reference checks and lint
 * rules can place what they find. Paths here follow the resolved pathway (includes in place);
 * the pathway's locator maps paths into included files.
 */
import type { Condition } from '../schema/condition-schema.js';
import type { Pathway } from '../schema/pathway-schema.js';
import type { Item, Questionnaire } from '../schema/questionnaire-schema.js';
import type { PathSegment } from './diagnostic.js';

/** An item with where it is. */
export interface ItemEntry {
	readonly questionnaireIndex: number;
	readonly questionnaire: Questionnaire;
	readonly item: Item;
	readonly path: PathSegment[];
	/** Position in document order within its questionnaire (groups count as items). */
	readonly order: number;
}

/** Every item of one questionnaire in document order, groups included, depth first. */
export function listQuestionnaireItems(
	questionnaire: Questionnaire,
	questionnaireIndex: number
): ItemEntry[] {
	const entries: ItemEntry[] = [];
	const visit = (items: readonly Item[], path: PathSegment[]): void => {
		items.forEach((item, index) => {
			const itemPath = [...path, index];
			entries.push({
				questionnaireIndex,
				questionnaire,
				item,
				path: itemPath,
				order: entries.length
			});
			if (item.type === 'group') visit(item.items, [...itemPath, 'items']);
		});
	};
	visit(questionnaire.items, ['questionnaires', questionnaireIndex, 'items']);
	return entries;
}

/** Every item of every questionnaire in the pathway. */
export function listItemEntries(pathway: Pick<Pathway, 'questionnaires'>): ItemEntry[] {
	return pathway.questionnaires.flatMap((questionnaire, index) =>
		listQuestionnaireItems(questionnaire, index)
	);
}

/** Where a top-level condition is written. */
export type ConditionOwner =
	| { readonly kind: 'transition'; readonly stageIndex: number; readonly transitionIndex: number }
	| { readonly kind: 'adapt'; readonly stageIndex: number; readonly adaptIndex: number }
	| { readonly kind: 'rule'; readonly ruleIndex: number };

/** A top-level condition (a transition's, an adaptation's or a rule's `when`). */
export interface ConditionEntry {
	readonly condition: Condition;
	readonly path: PathSegment[];
	readonly owner: ConditionOwner;
}

/** Every top-level condition in the pathway. */
export function listConditionRoots(
	pathway: Pick<Pathway, 'stages' | 'safetyNet'>
): ConditionEntry[] {
	const entries: ConditionEntry[] = [];
	pathway.stages.forEach((stage, stageIndex) => {
		stage.transitions.forEach((transition, transitionIndex) => {
			if (transition.when === undefined) return;
			entries.push({
				condition: transition.when,
				path: ['stages', stageIndex, 'transitions', transitionIndex, 'when'],
				owner: { kind: 'transition', stageIndex, transitionIndex }
			});
		});
		stage.plan?.adapt?.forEach((adaptation, adaptIndex) => {
			entries.push({
				condition: adaptation.when,
				path: ['stages', stageIndex, 'plan', 'adapt', adaptIndex, 'when'],
				owner: { kind: 'adapt', stageIndex, adaptIndex }
			});
		});
	});
	pathway.safetyNet.forEach((rule, ruleIndex) => {
		entries.push({
			condition: rule.when,
			path: ['safetyNet', ruleIndex, 'when'],
			owner: { kind: 'rule', ruleIndex }
		});
	});
	return entries;
}

/** A condition that tests something (not `all`, `any` or `not`). */
export type LeafCondition = Exclude<
	Condition,
	{ all: Condition[] } | { any: Condition[] } | { not: Condition }
>;

/** Calls `visit` for every test inside a condition, with its path. */
export function forEachConditionLeaf(
	condition: Condition,
	path: PathSegment[],
	visit: (leaf: LeafCondition, path: PathSegment[]) => void
): void {
	if ('all' in condition) {
		condition.all.forEach((inner, index) =>
			forEachConditionLeaf(inner, [...path, 'all', index], visit)
		);
	} else if ('any' in condition) {
		condition.any.forEach((inner, index) =>
			forEachConditionLeaf(inner, [...path, 'any', index], visit)
		);
	} else if ('not' in condition) {
		forEachConditionLeaf(condition.not, [...path, 'not'], visit);
	} else {
		visit(condition, path);
	}
}
