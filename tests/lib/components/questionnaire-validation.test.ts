import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/lib/pathway/schema/questionnaire-schema.js';
import {
	findAnswerProblems,
	isScaleItem
} from '../../../src/lib/components/patient/questionnaire-validation.js';

const items: Item[] = [
	{ linkId: 'pain', type: 'integer', text: 'q.pain', required: true, min: 0, max: 10 },
	{ linkId: 'new', type: 'boolean', text: 'q.new', required: true },
	{
		linkId: 'numb',
		type: 'boolean',
		text: 'q.numb',
		required: true,
		enableWhen: [{ question: 'new', operator: '=', answer: true }]
	},
	{
		linkId: 'group',
		type: 'group',
		text: 'q.group',
		items: [
			{ linkId: 'hours', type: 'decimal', text: 'q.hours', min: 0, max: 24 },
			{
				linkId: 'feel',
				type: 'choice',
				text: 'q.feel',
				required: true,
				options: [
					{ code: 'better', text: 'o.better' },
					{ code: 'worse', text: 'o.worse' }
				]
			}
		]
	}
];

const ids = (problems: ReturnType<typeof findAnswerProblems>) =>
	problems.map((problem) => `${problem.item.linkId}:${problem.kind}`);

describe('what stops a questionnaire being sent', () => {
	it('lists every shown required question without an answer, in order, inside groups too', () => {
		expect(ids(findAnswerProblems(items, {}))).toEqual([
			'pain:missing',
			'new:missing',
			'feel:missing'
		]);
	});

	it('asks about a follow-up question only once it is shown', () => {
		expect(ids(findAnswerProblems(items, { pain: 3, new: false, feel: 'better' }))).toEqual([]);
		expect(ids(findAnswerProblems(items, { pain: 3, new: true, feel: 'better' }))).toEqual([
			'numb:missing'
		]);
	});

	it('flags a number box holding something that is not a valid answer, even when optional', () => {
		const answers = { pain: 3, new: false, feel: 'better' };
		expect(ids(findAnswerProblems(items, answers, (linkId) => linkId === 'hours'))).toEqual([
			'hours:invalid'
		]);
	});

	it('shows 0 to 10 integers as a scale and wider ranges as a number box', () => {
		expect(isScaleItem({ linkId: 'a', type: 'integer', text: 'x', min: 0, max: 10 })).toBe(true);
		expect(isScaleItem({ linkId: 'a', type: 'integer', text: 'x', min: 0, max: 100 })).toBe(false);
		expect(isScaleItem({ linkId: 'a', type: 'decimal', text: 'x', min: 0, max: 10 })).toBe(false);
	});
});
