import { describe, expect, it } from 'vitest';
import { cleanAnswers, isItemEnabled } from '../../../src/lib/pathway/answers.js';
import { computeScores } from '../../../src/lib/pathway/scoring.js';
import type { Questionnaire } from '../../../src/lib/pathway/schema/questionnaire-schema.js';
import { buildFixturePathway } from './engine-fixture.js';

const pathway = buildFixturePathway();
const checkinQuestionnaire = pathway.questionnaires.find(
	(q) => q.id === 'daily-checkin'
) as Questionnaire;

const scored: Questionnaire = {
	id: 'scored',
	purpose: 'outcome',
	title: 't',
	items: [
		{ linkId: 'a', type: 'integer', text: 't', min: 0, max: 10 },
		{ linkId: 'b', type: 'integer', text: 't', min: 0, max: 10 },
		{ linkId: 'c', type: 'boolean', text: 't' },
		{
			linkId: 'd',
			type: 'choice',
			text: 't',
			options: [
				{ code: 'low', text: 't', weight: 1 },
				{ code: 'high', text: 't', weight: 3 }
			]
		}
	],
	scores: [
		{ id: 'sum', method: 'sum', items: ['a', 'b'], min: 0, max: 20 },
		{ id: 'mean', method: 'mean', items: ['a', 'b'], min: 0, max: 10 },
		{ id: 'max', method: 'max', items: ['a', 'd'], min: 0, max: 10 },
		{ id: 'count', method: 'count', items: ['c'], min: 0, max: 1 },
		{ id: 'with-bool', method: 'sum', items: ['c', 'd'], min: 0, max: 4 }
	]
};

describe('scores', () => {
	it('sum, average, take the maximum and count', () => {
		expect(computeScores(scored, { a: 4, b: 7, c: true, d: 'high' })).toEqual({
			sum: 11,
			mean: 5.5,
			max: 4,
			count: 1,
			'with-bool': 4
		});
	});

	it('use option weights for choices and 1/0 for yes/no', () => {
		expect(computeScores(scored, { a: 0, b: 0, c: false, d: 'low' })['with-bool']).toBe(1);
	});

	it('are missing, never zero, when an item is unanswered', () => {
		const scores = computeScores(scored, { a: 4, c: true, d: 'low' });
		expect(scores).not.toHaveProperty('sum');
		expect(scores).not.toHaveProperty('mean');
		expect(scores).toHaveProperty('max', 4);
	});
});

describe('cleaning answers', () => {
	it('drops answers to items hidden by enableWhen', () => {
		const kept = cleanAnswers(checkinQuestionnaire.items, {
			pain: 3,
			'new-symptoms': false,
			'ci-fever': true
		});
		expect(kept).toEqual({ pain: 3, 'new-symptoms': false });
	});

	it('keeps answers to items shown by enableWhen', () => {
		const kept = cleanAnswers(checkinQuestionnaire.items, {
			'new-symptoms': true,
			'ci-fever': true
		});
		expect(kept).toEqual({ 'new-symptoms': true, 'ci-fever': true });
	});

	it('drops answers of the wrong type or out of range, and unknown items', () => {
		const kept = cleanAnswers(checkinQuestionnaire.items, {
			pain: 11,
			feel: 'fine',
			'new-symptoms': 'yes',
			nonsense: 1
		});
		expect(kept).toEqual({});
	});

	it('follows enableBehavior any', () => {
		const item = {
			linkId: 'x',
			type: 'boolean' as const,
			text: 't',
			enableBehavior: 'any' as const,
			enableWhen: [
				{ question: 'a', operator: '=' as const, answer: true },
				{ question: 'b', operator: '=' as const, answer: true }
			]
		};
		expect(isItemEnabled(item, { a: false, b: true })).toBe(true);
		expect(isItemEnabled(item, { a: false, b: false })).toBe(false);
		expect(isItemEnabled({ ...item, enableBehavior: 'all' }, { a: false, b: true })).toBe(false);
	});
});
