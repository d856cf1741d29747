/**
 * Every place a pathway names a string key (patient-facing text lives in `strings`, never
 * inline). Kept as one explicit list so that a new text field is one line here and the
 * "every key exists in English" check cannot silently miss it.
 */
import type { Pathway } from '../schema/pathway-schema.js';
import type { PathSegment } from './diagnostic.js';
import { listQuestionnaireItems } from './walk-pathway.js';

/** One use of a string key. */
export interface StringKeyUse {
	readonly key: string;
	readonly path: PathSegment[];
}

/** Every string key the pathway uses, in document order. */
export function listStringKeyUses(pathway: Pathway): StringKeyUse[] {
	const uses: StringKeyUse[] = [];
	const add = (key: string | undefined, path: PathSegment[]): void => {
		if (key !== undefined) uses.push({ key, path });
	};
	const addAll = (keys: readonly string[] | undefined, path: PathSegment[]): void => {
		keys?.forEach((key, index) => add(key, [...path, index]));
	};

	add(pathway.title, ['title']);
	add(pathway.summary, ['summary']);
	pathway.questionnaires.forEach((questionnaire, q) => {
		const base = ['questionnaires', q];
		add(questionnaire.title, [...base, 'title']);
		add(questionnaire.intro, [...base, 'intro']);
		addAll(questionnaire.notices, [...base, 'notices']);
		for (const { item, path } of listQuestionnaireItems(questionnaire, q)) {
			add(item.text, [...path, 'text']);
			add(item.help, [...path, 'help']);
			if (item.type === 'integer' || item.type === 'decimal') {
				add(item.minLabel, [...path, 'minLabel']);
				add(item.maxLabel, [...path, 'maxLabel']);
			}
			if (item.type === 'choice') {
				item.options.forEach((option, o) => add(option.text, [...path, 'options', o, 'text']));
			}
		}
		questionnaire.scores?.forEach((score, s) => {
			score.bands?.forEach((band, b) =>
				add(band.label, [...base, 'scores', s, 'bands', b, 'label'])
			);
		});
	});
	pathway.content.advice.forEach((advice, a) => {
		add(advice.title, ['content', 'advice', a, 'title']);
		add(advice.body, ['content', 'advice', a, 'body']);
	});
	pathway.content.exercises.forEach((exercise, e) => {
		const base = ['content', 'exercises', e];
		add(exercise.title, [...base, 'title']);
		add(exercise.summary, [...base, 'summary']);
		addAll(exercise.steps, [...base, 'steps']);
		addAll(exercise.cautions, [...base, 'cautions']);
	});
	pathway.stages.forEach((stage, s) => {
		add(stage.title, ['stages', s, 'title']);
		add(stage.description, ['stages', s, 'description']);
	});
	pathway.safetyNet.forEach((rule, r) => add(rule.message, ['safetyNet', r, 'message']));
	return uses;
}
