/** Ids that must be unique, and stage ids the engine keeps for itself. */
import { RESERVED_STAGE_IDS } from '../../schema/pathway-schema.js';
import { listQuestionnaireItems } from '../walk-pathway.js';
import { reportDuplicateIds, type ReferenceContext } from './reference-context.js';

/** Checks that stage, questionnaire, content, rule, linkId, option, score and band ids are unique. */
export function checkUniqueIds(context: ReferenceContext): void {
	const { pathway, reporter } = context;
	reportDuplicateIds(
		context,
		pathway.stages.map((stage, index) => ({ id: stage.id, path: ['stages', index, 'id'] })),
		'stage id'
	);
	pathway.stages.forEach((stage, index) => {
		if ((RESERVED_STAGE_IDS as readonly string[]).includes(stage.id)) {
			reporter.report(
				['stages', index, 'id'],
				`"${stage.id}" is a state the engine adds to every pathway (${RESERVED_STAGE_IDS.join(', ')}), so no stage may use it. Choose another id, like "${stage.id}-stage".`
			);
		}
	});
	reportDuplicateIds(
		context,
		pathway.questionnaires.map((questionnaire, index) => ({
			id: questionnaire.id,
			path: ['questionnaires', index, 'id']
		})),
		'questionnaire id'
	);
	reportDuplicateIds(
		context,
		[
			...pathway.content.advice.map((advice, index) => ({
				id: advice.id,
				path: ['content', 'advice', index, 'id']
			})),
			...pathway.content.exercises.map((exercise, index) => ({
				id: exercise.id,
				path: ['content', 'exercises', index, 'id']
			}))
		],
		'content id',
		' across advice and exercises'
	);
	reportDuplicateIds(
		context,
		pathway.safetyNet.map((rule, index) => ({ id: rule.id, path: ['safetyNet', index, 'id'] })),
		'safety-net rule id'
	);
	pathway.questionnaires.forEach((questionnaire, q) => {
		const items = listQuestionnaireItems(questionnaire, q);
		reportDuplicateIds(
			context,
			items.map(({ item, path }) => ({ id: item.linkId, path: [...path, 'linkId'] })),
			'linkId',
			` in questionnaire "${questionnaire.id}"`
		);
		for (const { item, path } of items) {
			if (item.type !== 'choice') continue;
			reportDuplicateIds(
				context,
				item.options.map((option, o) => ({
					id: option.code,
					path: [...path, 'options', o, 'code']
				})),
				'option code',
				` in item "${item.linkId}"`
			);
		}
		reportDuplicateIds(
			context,
			(questionnaire.scores ?? []).map((score, s) => ({
				id: score.id,
				path: ['questionnaires', q, 'scores', s, 'id']
			})),
			'score id',
			` in questionnaire "${questionnaire.id}"`
		);
		questionnaire.scores?.forEach((score, s) => {
			reportDuplicateIds(
				context,
				(score.bands ?? []).map((band, b) => ({
					id: band.id,
					path: ['questionnaires', q, 'scores', s, 'bands', b, 'id']
				})),
				'band id',
				` in score "${score.id}"`
			);
		});
	});
}
