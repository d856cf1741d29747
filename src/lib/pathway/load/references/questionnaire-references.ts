/**
 * Checks inside questionnaires: exactly one entry screen and one symptom report, scale ranges
 * and defaults, enableWhen pointing at an earlier question with a fitting answer, and scores
 * built from scorable items of the same questionnaire.
 */
import { isRedFlagCode } from '../../../shared/vocabulary.js';
import { isAnswerable } from '../../items.js';
import type { Questionnaire, QuestionnairePurpose } from '../../schema/questionnaire-schema.js';
import { checkAnswerFit } from '../answer-fit.js';
import { didYouMean, listValues, quote } from '../suggest.js';
import { listQuestionnaireItems, type ItemEntry } from '../walk-pathway.js';
import type { ReferenceContext } from './reference-context.js';

const SINGLE_PURPOSES: Partial<Record<QuestionnairePurpose, string>> = {
	entry: 'the safety screen at onboarding',
	report: 'the always-available "new or worrying symptom" check'
};

/** Checks the questionnaires of the pathway. */
export function checkQuestionnaireReferences(context: ReferenceContext): void {
	const { pathway, reporter } = context;
	for (const [purpose, meaning] of Object.entries(SINGLE_PURPOSES)) {
		const matching = pathway.questionnaires
			.map((questionnaire, index) => ({ questionnaire, index }))
			.filter(({ questionnaire }) => questionnaire.purpose === purpose);
		if (matching.length === 0) {
			reporter.report(
				['questionnaires'],
				`There is no questionnaire with "purpose": "${purpose}". Every pathway needs exactly one: ${meaning}.`
			);
		}
		for (const { index } of matching.slice(1)) {
			reporter.report(
				['questionnaires', index, 'purpose'],
				`There is more than one questionnaire with "purpose": "${purpose}" (${listValues(matching.map(({ questionnaire }) => questionnaire.id))}). A pathway has exactly one: ${meaning}. Merge them.`
			);
		}
	}
	pathway.questionnaires.forEach((questionnaire, q) => {
		const items = listQuestionnaireItems(questionnaire, q);
		for (const entry of items) {
			checkItemValues(context, entry);
			checkEnableWhen(context, entry, items);
		}
		checkScores(context, questionnaire, q, items);
	});
}

function checkItemValues(context: ReferenceContext, { item, path }: ItemEntry): void {
	const { reporter } = context;
	if (item.type === 'integer' || item.type === 'decimal') {
		if (item.min >= item.max) {
			reporter.report(
				[...path, 'max'],
				`"max" (${item.max}) must be greater than "min" (${item.min}) for ${quote(item.linkId)}.`
			);
		}
		if (item.default !== undefined && (item.default < item.min || item.default > item.max)) {
			reporter.report(
				[...path, 'default'],
				`The default ${item.default} is outside ${item.min} to ${item.max}. Choose a value in range (the benign answer a simulated patient gives).`
			);
		}
	}
	if (item.type === 'choice' && item.default !== undefined) {
		const codes = item.options.map((option) => option.code);
		if (!codes.includes(item.default)) {
			reporter.report(
				[...path, 'default'],
				`The default ${quote(item.default)} is not one of this item's option codes.${didYouMean(item.default, codes)} Option codes are: ${listValues(codes)}.`
			);
		}
	}
	if (
		item.type === 'boolean' &&
		item.default === true &&
		item.code !== undefined &&
		isRedFlagCode(item.code)
	) {
		reporter.report(
			[...path, 'default'],
			`The default for red-flag question ${quote(item.linkId)} (${item.code}) must be false: the default is the benign answer a simulated patient gives.`
		);
	}
}

function checkEnableWhen(
	context: ReferenceContext,
	entry: ItemEntry,
	items: readonly ItemEntry[]
): void {
	const { reporter } = context;
	entry.item.enableWhen?.forEach((condition, e) => {
		const path = [...entry.path, 'enableWhen', e];
		const target = items.find((candidate) => candidate.item.linkId === condition.question);
		const earlier = items.filter(
			(candidate) => candidate.order < entry.order && isAnswerable(candidate.item)
		);
		const earlierIds = earlier.map((candidate) => candidate.item.linkId);
		if (target === undefined) {
			reporter.report(
				[...path, 'question'],
				`No question in questionnaire ${quote(entry.questionnaire.id)} has linkId ${quote(condition.question)}.${didYouMean(condition.question, earlierIds)} enableWhen names an earlier question of the same questionnaire by linkId: ${listValues(earlierIds)}.`
			);
			return;
		}
		if (target.order >= entry.order) {
			reporter.report(
				[...path, 'question'],
				`enableWhen must depend on an earlier question, but ${quote(condition.question)} ${target === entry ? 'is this item itself' : 'comes later'}. Move ${quote(entry.item.linkId)} below it, or depend on one of: ${listValues(earlierIds)}.`
			);
			return;
		}
		if (!isAnswerable(target.item)) {
			reporter.report(
				[...path, 'question'],
				`${quote(condition.question)} is a ${target.item.type} item and has no answer to depend on. Name a question instead.`
			);
			return;
		}
		const problem = checkAnswerFit(target.item, condition.operator, condition.answer);
		if (problem !== undefined)
			reporter.report([...path, 'answer'], problem.message, { severity: problem.severity });
	});
}

function checkScores(
	context: ReferenceContext,
	questionnaire: Questionnaire,
	q: number,
	items: readonly ItemEntry[]
): void {
	const { reporter } = context;
	questionnaire.scores?.forEach((score, s) => {
		const path = ['questionnaires', q, 'scores', s];
		if (score.min >= score.max) {
			reporter.report(
				[...path, 'max'],
				`"max" (${score.max}) must be greater than "min" (${score.min}) for score ${quote(score.id)}.`
			);
		}
		const linkIds = items.filter(({ item }) => isAnswerable(item)).map(({ item }) => item.linkId);
		score.items.forEach((linkId, i) => {
			const found = items.find(({ item }) => item.linkId === linkId)?.item;
			if (found === undefined) {
				reporter.report(
					[...path, 'items', i],
					`Score ${quote(score.id)} names ${quote(linkId)}, but questionnaire ${quote(questionnaire.id)} has no item with that linkId.${didYouMean(linkId, linkIds)} A score uses items of its own questionnaire, by linkId.`
				);
				return;
			}
			if (!isAnswerable(found)) {
				reporter.report(
					[...path, 'items', i],
					`${quote(linkId)} is a ${found.type} item and has no answer to score.`
				);
				return;
			}
			if (found.type === 'choice') {
				const unweighted = found.options
					.filter((option) => option.weight === undefined)
					.map((option) => option.code);
				if (unweighted.length > 0) {
					reporter.report(
						[...path, 'items', i],
						`Choice item ${quote(linkId)} cannot be scored: options ${listValues(unweighted)} have no "weight". Give every option a weight.`
					);
				}
			}
		});
	});
}
