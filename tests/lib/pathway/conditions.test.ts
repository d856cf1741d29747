import { describe, expect, it } from 'vitest';
import {
	evaluateCondition,
	historyOf,
	type ConditionScope
} from '../../../src/lib/pathway/conditions.js';
import type { SubmissionRecord } from '../../../src/lib/pathway/engine-types.js';
import { indexPathway } from '../../../src/lib/pathway/pathway-index.js';
import type { Condition } from '../../../src/lib/pathway/schema/condition-schema.js';
import { buildFixturePathway } from './engine-fixture.js';

const index = indexPathway(buildFixturePathway());

function checkinRecord(
	day: number,
	answers: SubmissionRecord['answers'],
	scores = {}
): SubmissionRecord {
	return { index: day, day, purpose: 'checkin', questionnaire: 'daily-checkin', answers, scores };
}

function scopeWith(
	history: SubmissionRecord[],
	overrides: Partial<ConditionScope> = {}
): ConditionScope {
	return {
		index,
		day: history.at(-1)?.day ?? 0,
		stageEnteredDay: 0,
		flags: {},
		history,
		current: history.at(-1),
		...overrides
	};
}

const painHistory = (...pains: number[]) => pains.map((pain, day) => checkinRecord(day, { pain }));

describe('answer conditions', () => {
	const scope = scopeWith([checkinRecord(0, { pain: 7, feel: 'worse', 'new-symptoms': false })]);

	it('compare the answer to an item named by code or by linkId', () => {
		expect(evaluateCondition({ answer: { item: 'pain.nrs', op: '>=', value: 7 } }, scope)).toBe(
			true
		);
		expect(evaluateCondition({ answer: { item: 'pain', op: '>', value: 7 } }, scope)).toBe(false);
		expect(
			evaluateCondition({ answer: { item: 'feel.today', op: '=', value: 'worse' } }, scope)
		).toBe(true);
		expect(evaluateCondition({ answer: { item: 'feel', op: '!=', value: 'worse' } }, scope)).toBe(
			false
		);
		expect(
			evaluateCondition({ answer: { item: 'new-symptoms', op: '=', value: false } }, scope)
		).toBe(true);
	});

	it('treat an unanswered item as failing every test except exists false', () => {
		const missing = 'rf.fever';
		expect(evaluateCondition({ answer: { item: missing, op: '=', value: false } }, scope)).toBe(
			false
		);
		expect(evaluateCondition({ answer: { item: missing, op: '!=', value: true } }, scope)).toBe(
			false
		);
		expect(
			evaluateCondition({ answer: { item: missing, op: 'exists', value: false } }, scope)
		).toBe(true);
		expect(
			evaluateCondition({ answer: { item: 'pain.nrs', op: 'exists', value: true } }, scope)
		).toBe(true);
	});

	it('never compare numbers with strings', () => {
		expect(evaluateCondition({ answer: { item: 'feel', op: '>', value: 1 } }, scope)).toBe(false);
	});
});

describe('logic, day, score and flag conditions', () => {
	const scope = scopeWith([checkinRecord(10, { pain: 3 }, { phq2: 4 })], {
		day: 10,
		stageEnteredDay: 7,
		flags: { 'had-flare': true }
	});
	const yes: Condition = { day: { op: '>=', value: 10 } };
	const no: Condition = { day: { op: '<', value: 10 } };

	it('combine with all, any and not', () => {
		expect(evaluateCondition({ all: [yes, yes] }, scope)).toBe(true);
		expect(evaluateCondition({ all: [yes, no] }, scope)).toBe(false);
		expect(evaluateCondition({ any: [no, yes] }, scope)).toBe(true);
		expect(evaluateCondition({ any: [no, no] }, scope)).toBe(false);
		expect(evaluateCondition({ not: no }, scope)).toBe(true);
	});

	it('count days since enrolment or since the stage began', () => {
		expect(evaluateCondition({ day: { op: '=', value: 10 } }, scope)).toBe(true);
		expect(evaluateCondition({ day: { op: '=', value: 3, since: 'stage' } }, scope)).toBe(true);
	});

	it('read scores of the current submission by id or code', () => {
		expect(evaluateCondition({ score: { score: 'mood.phq2', op: '>=', value: 3 } }, scope)).toBe(
			true
		);
		expect(evaluateCondition({ score: { score: 'phq2', op: '<', value: 3 } }, scope)).toBe(false);
		expect(
			evaluateCondition(
				{ score: { score: 'mood.phq2', op: '>=', value: 3 } },
				{ ...scope, current: undefined }
			)
		).toBe(false);
	});

	it('read flags set by actions', () => {
		expect(evaluateCondition({ flag: 'had-flare' }, scope)).toBe(true);
		expect(evaluateCondition({ flag: 'other' }, scope)).toBe(false);
	});
});

describe('trend conditions', () => {
	const rise: Condition = { trend: { kind: 'rise', item: 'pain.nrs', by: 2, within: 3 } };
	const notImproving: Condition = {
		trend: { kind: 'change-from-baseline', item: 'pain.nrs', op: '>', value: -2 }
	};
	const severe: Condition = {
		trend: { kind: 'consecutive', item: 'pain.nrs', count: 3, op: '>=', value: 9 }
	};

	it('see pain rising by 2 or more over the last 3 check-ins', () => {
		expect(evaluateCondition(rise, scopeWith(painHistory(3, 4, 5)))).toBe(true);
		expect(evaluateCondition(rise, scopeWith(painHistory(5, 3, 5)))).toBe(true);
		expect(evaluateCondition(rise, scopeWith(painHistory(3, 4, 4)))).toBe(false);
		// The rise must be within the window: a low value four check-ins ago does not count.
		expect(evaluateCondition(rise, scopeWith(painHistory(1, 5, 5, 6)))).toBe(false);
		expect(evaluateCondition(rise, scopeWith(painHistory(6)))).toBe(false);
	});

	it('compare the latest value with the baseline', () => {
		expect(evaluateCondition(notImproving, scopeWith(painHistory(6, 6, 5)))).toBe(true);
		expect(evaluateCondition(notImproving, scopeWith(painHistory(6, 5, 4)))).toBe(false);
		expect(evaluateCondition(notImproving, scopeWith(painHistory(6)))).toBe(false);
	});

	it('need every one of the last N values to pass for consecutive', () => {
		expect(evaluateCondition(severe, scopeWith(painHistory(9, 10, 9)))).toBe(true);
		expect(evaluateCondition(severe, scopeWith(painHistory(10, 8, 9, 10)))).toBe(false);
		expect(evaluateCondition(severe, scopeWith(painHistory(9, 10)))).toBe(false);
	});

	it('speak only about a submission that holds a value of the item', () => {
		const history = [...painHistory(3, 4, 5), { ...checkinRecord(3, { feel: 'same' }) }];
		expect(evaluateCondition(rise, scopeWith(history))).toBe(false);
		expect(historyOf(scopeWith(history), 'pain.nrs')).toEqual([3, 4, 5]);
	});
});
