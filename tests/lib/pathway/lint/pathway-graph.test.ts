import { describe, expect, it } from 'vitest';
import {
	findReachableStates,
	isRuleInScope,
	listStatesAsking
} from '../../../../src/lib/pathway/lint/pathway-graph.js';
import { makeVariant, remove } from '../../../fixtures/pathway-fixture.js';

describe('the pathway graph', () => {
	it('reaches every fixture stage from entry, escalations included', () => {
		const { pathway } = makeVariant();
		expect([...findReachableStates(pathway)].sort()).toEqual(
			['building-up', 'emergency-help', 'entry', 'finished', 'settling', 'urgent-help'].sort()
		);
	});

	it('places each questionnaire in the states where it is answered', () => {
		const { pathway } = makeVariant(remove('stages.1.plan.checkin'));
		const byId = (id: string) =>
			pathway.questionnaires.find((questionnaire) => questionnaire.id === id)!;
		expect(listStatesAsking(pathway, byId('entry-screen'))).toEqual(['entry']);
		expect(listStatesAsking(pathway, byId('daily'))).toEqual(['settling']);
		expect(listStatesAsking(pathway, byId('symptom-report'))).toHaveLength(5);
	});

	it('treats scope "all" as including the entry screen and a list as stages only', () => {
		expect(isRuleInScope({ scope: 'all' }, 'entry')).toBe(true);
		expect(isRuleInScope({ scope: ['settling'] }, 'entry')).toBe(false);
		expect(isRuleInScope({ scope: ['settling'] }, 'settling')).toBe(true);
	});
});
