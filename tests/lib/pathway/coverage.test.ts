/**
 * Path coverage with XState's graph utilities: from a new enrolment, every stage of every
 * pathway (escalation stages included) is reachable by events a patient can cause.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import type { CompiledPathway, EngineSnapshot } from '../../../src/lib/pathway/compile.js';
import type { Answers, EngineEvent } from '../../../src/lib/pathway/engine-types.js';
import { findItems, listAnswerableItems } from '../../../src/lib/pathway/items.js';
import { answerRefs } from '../../../src/lib/pathway/safety-net.js';
import type { Questionnaire } from '../../../src/lib/pathway/schema/questionnaire-schema.js';
import { compileFixture } from './engine-helpers.js';
import { loadShippedPathways } from './shipped-pathways.js';

const LAST_DAY = 100;

function defaults(questionnaire: Questionnaire, extremes?: 'min' | 'max'): Answers {
	const answers: Answers = {};
	for (const item of listAnswerableItems(questionnaire)) {
		if (extremes !== undefined && (item.type === 'integer' || item.type === 'decimal')) {
			answers[item.linkId] = item[extremes];
		} else if (item.default !== undefined) answers[item.linkId] = item.default;
	}
	return answers;
}

/** The events explored from each state: benign and extreme check-ins, one red flag per target. */
function candidateEvents(compiled: CompiledPathway): (snapshot: EngineSnapshot) => EngineEvent[] {
	const { pathway, index } = compiled;
	const entry = index.entryQuestionnaire;
	const checkins = pathway.questionnaires.filter((q) => q.purpose === 'checkin');
	// For each escalation target, the answers that fire one rule sending patients there.
	const triggers = new Map<string, EngineEvent[]>();
	for (const rule of pathway.safetyNet) {
		if (rule.escalateTo === undefined || triggers.has(rule.escalateTo)) continue;
		const ref = answerRefs(rule.when)[0];
		const located = ref === undefined ? [] : findItems(pathway, ref);
		const events = located.flatMap(({ questionnaire, item }): EngineEvent[] => {
			const answers = { ...defaults(questionnaire), [item.linkId]: true };
			// Items hidden behind a "new symptoms?" question need it answered yes.
			for (const rule of item.enableWhen ?? []) answers[rule.question] = rule.answer;
			switch (questionnaire.purpose) {
				case 'entry':
					return [{ type: 'entry.submitted', answers }];
				case 'report':
					return [{ type: 'report.submitted', answers }];
				case 'checkin':
					return [
						{
							type: 'checkin.submitted',
							questionnaire: questionnaire.id,
							answers: withGroupTriggers(questionnaire, item.linkId, answers)
						}
					];
				case 'outcome':
					return [];
			}
		});
		triggers.set(rule.escalateTo, events);
	}
	const escalating = [...triggers.values()].flat();
	return (snapshot) => [
		...(snapshot.context.day < LAST_DAY
			? [{ type: 'day' as const, day: snapshot.context.day + 1 }]
			: []),
		// The entry screen comes first, on day 0; exploring it on later days only multiplies states.
		...(snapshot.value === 'entry' && snapshot.context.day === 0
			? [{ type: 'entry.submitted' as const, answers: defaults(entry) }]
			: []),
		...checkins.flatMap((q): EngineEvent[] => [
			{ type: 'checkin.submitted', questionnaire: q.id, answers: defaults(q) },
			{ type: 'checkin.submitted', questionnaire: q.id, answers: defaults(q, 'min') }
		]),
		...escalating,
		{ type: 'escalation.cleared' }
	];
}

/** Answers that open every group enclosing `linkId` (groups shown by an enableWhen). */
function withGroupTriggers(
	questionnaire: Questionnaire,
	linkId: string,
	answers: Answers
): Answers {
	const opened = { ...answers };
	const visit = (items: Questionnaire['items']): boolean => {
		for (const item of items) {
			if (item.linkId === linkId) return true;
			if (item.type === 'group' && visit(item.items)) {
				for (const rule of item.enableWhen ?? []) opened[rule.question] = rule.answer;
				return true;
			}
		}
		return false;
	};
	visit(questionnaire.items);
	return opened;
}

const pathways: CompiledPathway[] = [compileFixture(), ...loadShippedPathways()];

describe.each(pathways.map((c) => [c.pathway.id, c] as const))('pathway %s', (_id, compiled) => {
	it('can reach every stage, escalation stages included', () => {
		const paths = getShortestPaths(compiled.machine, {
			events: candidateEvents(compiled),
			// Stage, day and days in stage decide which transitions can fire; answers only add trends.
			serializeState: (s) => `${String(s.value)}@${s.context.day}/${s.context.stageEnteredDay}`
		});
		const reached = new Set(paths.map((p) => String(p.state.value)));
		const stages = compiled.pathway.stages.map((s) => s.id);
		expect(stages.filter((id) => !reached.has(id))).toEqual([]);
		const escalations = compiled.pathway.stages
			.filter((s) => s.kind === 'escalation')
			.map((s) => s.id);
		expect(escalations.length).toBeGreaterThan(0);
	});
});
