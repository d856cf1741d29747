/**
 * Lookups the engine needs on every event, computed once per pathway: questionnaires by id and
 * purpose, stages by id, which items and scores each code names in each questionnaire, and which
 * safety-net rules apply in each state. Building these once keeps an event well under the
 * 50 µs budget (bench/engine).
 */
import { ENTRY_STATE, STOPPED_STATE } from './reserved-states.js';
import type { Pathway, SafetyNetRule, Stage } from './schema/pathway-schema.js';
import type {
	AnswerableItem,
	Questionnaire,
	QuestionnairePurpose
} from './schema/questionnaire-schema.js';
import { isItemNamed, isScoreNamed, listAnswerableItems } from './items.js';

export { ENTRY_STATE, STOPPED_STATE };

/** What a reference names inside one questionnaire. */
export interface ResolvedRef {
	readonly linkIds: readonly string[];
	readonly scoreIds: readonly string[];
}

const NOTHING: ResolvedRef = { linkIds: [], scoreIds: [] };

export interface PathwayIndex {
	readonly pathway: Pathway;
	readonly questionnaires: ReadonlyMap<string, Questionnaire>;
	readonly stages: ReadonlyMap<string, Stage>;
	/** The single questionnaire of each purpose that has exactly one (entry, report). */
	readonly entryQuestionnaire: Questionnaire;
	readonly reportQuestionnaire: Questionnaire | undefined;
	/** Answerable items of each questionnaire in document order, by linkId. */
	readonly items: ReadonlyMap<string, ReadonlyMap<string, AnswerableItem>>;
	/** Safety-net rules whose scope includes each state (stage id, `entry` or `stopped`). */
	readonly rulesByState: ReadonlyMap<string, readonly SafetyNetRule[]>;
	/** Items and scores a reference names in a questionnaire. */
	resolve(questionnaireId: string, ref: string): ResolvedRef;
}

/** Builds the lookups for a validated pathway. */
export function indexPathway(pathway: Pathway): PathwayIndex {
	const questionnaires = new Map(pathway.questionnaires.map((q) => [q.id, q]));
	const stages = new Map(pathway.stages.map((s) => [s.id, s]));
	const items = new Map(
		pathway.questionnaires.map((q) => [
			q.id,
			new Map(listAnswerableItems(q).map((i) => [i.linkId, i]))
		])
	);
	const entryQuestionnaire = findByPurpose(pathway, 'entry');
	if (entryQuestionnaire === undefined) {
		throw new Error(
			`Pathway ${pathway.id} has no entry questionnaire; validate it before compiling.`
		);
	}
	const stateIds = [ENTRY_STATE, STOPPED_STATE, ...stages.keys()];
	const rulesByState = new Map(
		stateIds.map((state) => [
			state,
			pathway.safetyNet.filter((rule) => rule.scope === 'all' || rule.scope.includes(state))
		])
	);
	const refCache = new Map<string, ResolvedRef>();

	return {
		pathway,
		questionnaires,
		stages,
		entryQuestionnaire,
		reportQuestionnaire: findByPurpose(pathway, 'report'),
		items,
		rulesByState,
		resolve(questionnaireId, ref) {
			const key = `${questionnaireId}\u0000${ref}`;
			const cached = refCache.get(key);
			if (cached !== undefined) return cached;
			const questionnaire = questionnaires.get(questionnaireId);
			const resolved =
				questionnaire === undefined
					? NOTHING
					: {
							linkIds: listAnswerableItems(questionnaire)
								.filter((item) => isItemNamed(item, ref))
								.map((item) => item.linkId),
							scoreIds: (questionnaire.scores ?? [])
								.filter((score) => isScoreNamed(score, ref))
								.map((score) => score.id)
						};
			refCache.set(key, resolved);
			return resolved;
		}
	};
}

function findByPurpose(pathway: Pathway, purpose: QuestionnairePurpose): Questionnaire | undefined {
	return pathway.questionnaires.find((q) => q.purpose === purpose);
}
