/**
 * fast-check generators for any pathway: random but valid answers to each questionnaire and
 * random sequences of the events a patient can cause. Red-flag items are answered "yes" often
 * enough that every sequence exercises the safety net.
 */
import fc from 'fast-check';
import type { CompiledPathway } from '../../../src/lib/pathway/compile.js';
import type { Answers, EngineEvent } from '../../../src/lib/pathway/engine-types.js';
import { listAnswerableItems } from '../../../src/lib/pathway/items.js';
import type { AnswerValue } from '../../../src/lib/pathway/schema/condition-schema.js';
import type {
	AnswerableItem,
	Questionnaire
} from '../../../src/lib/pathway/schema/questionnaire-schema.js';
import { isRedFlagCode } from '../../../src/lib/shared/vocabulary.js';

function arbitraryValue(item: AnswerableItem): fc.Arbitrary<AnswerValue> {
	switch (item.type) {
		case 'boolean':
			// Red flags are rare in life but must be common here.
			return item.code !== undefined && isRedFlagCode(item.code)
				? fc.oneof(
						{ weight: 4, arbitrary: fc.constant(false) },
						{ weight: 1, arbitrary: fc.constant(true) }
					)
				: fc.boolean();
		case 'choice':
			return fc.constantFrom(...item.options.map((o) => o.code));
		case 'integer':
			return fc.integer({ min: item.min, max: item.max });
		case 'decimal':
			return fc.double({ min: item.min, max: item.max, noNaN: true });
	}
}

/** Random answers to a questionnaire; each item may be left unanswered. */
export function arbitraryAnswers(questionnaire: Questionnaire): fc.Arbitrary<Answers> {
	const items = listAnswerableItems(questionnaire);
	return fc.record(Object.fromEntries(items.map((item) => [item.linkId, arbitraryValue(item)])), {
		requiredKeys: []
	}) as fc.Arbitrary<Answers>;
}

/** A random sequence of patient events for a pathway, starting with the entry screen. */
export function arbitraryJourney(
	compiled: CompiledPathway,
	maxLength = 40
): fc.Arbitrary<EngineEvent[]> {
	const { pathway, index } = compiled;
	const byPurpose = (purpose: Questionnaire['purpose']) =>
		pathway.questionnaires.filter((q) => q.purpose === purpose);
	const submission: fc.Arbitrary<EngineEvent>[] = [
		...byPurpose('checkin').map((q) =>
			arbitraryAnswers(q).map((answers): EngineEvent => ({
				type: 'checkin.submitted',
				questionnaire: q.id,
				answers
			}))
		),
		...byPurpose('outcome').map((q) =>
			arbitraryAnswers(q).map((answers): EngineEvent => ({
				type: 'outcome.submitted',
				questionnaire: q.id,
				answers
			}))
		)
	];
	if (index.reportQuestionnaire !== undefined) {
		submission.push(
			arbitraryAnswers(index.reportQuestionnaire).map((answers): EngineEvent => ({
				type: 'report.submitted',
				answers
			}))
		);
	}
	const step = fc.oneof(
		{ weight: 6, arbitrary: fc.oneof(...submission) },
		{
			weight: 4,
			arbitrary: fc.integer({ min: 1, max: 9 }).map((n): EngineEvent => ({ type: 'day', day: n }))
		},
		{ weight: 1, arbitrary: fc.constant<EngineEvent>({ type: 'escalation.cleared' }) },
		{ weight: 1, arbitrary: fc.constant<EngineEvent>({ type: 'escalation.acknowledged' }) }
	);
	return fc
		.tuple(arbitraryAnswers(index.entryQuestionnaire), fc.array(step, { maxLength }))
		.map(([entry, steps]) => {
			// Day events carry a step size here; turn them into consecutive day numbers.
			let day = 0;
			const events: EngineEvent[] = [{ type: 'entry.submitted', answers: entry }];
			for (const event of steps) {
				if (event.type === 'day') {
					for (let i = 0; i < event.day; i++) events.push({ type: 'day', day: ++day });
				} else events.push(event);
			}
			return events;
		});
}
