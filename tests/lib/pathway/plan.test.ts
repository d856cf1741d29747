import { describe, expect, it } from 'vitest';
import { catchUpTo, sendEvent } from '../../../src/lib/pathway/enrolment.js';
import { listAnswerableItems } from '../../../src/lib/pathway/items.js';
import { buildDailyPlan } from '../../../src/lib/pathway/plan.js';
import { checkin, compileFixture, enrolled, run } from './engine-helpers.js';

const compiled = compileFixture();
const linkIdsOf = (plan: ReturnType<typeof buildDailyPlan>) =>
	plan.checkin === undefined
		? []
		: listAnswerableItems(plan.checkin.questionnaire).map((i) => i.linkId);

describe('the daily plan', () => {
	it('shows the stage advice and exercises', () => {
		const plan = buildDailyPlan(compiled, enrolled(compiled));
		expect(plan.state).toBe('early');
		expect(plan.advice.map((a) => a.id)).toEqual(['keep-moving']);
		expect(plan.exercises.map((e) => e.id)).toEqual(['knee-rolls', 'bridge']);
		expect(plan.checkin?.doneToday).toBe(false);
	});

	it('adapts to feeling worse: adds flare-up advice and hides the hardest exercise', () => {
		const s = sendEvent(compiled, enrolled(compiled), checkin(6, { feel: 'worse' }));
		const plan = buildDailyPlan(compiled, s);
		expect(plan.advice.map((a) => a.id)).toEqual(['keep-moving', 'flare-up']);
		expect(plan.exercises.map((e) => e.id)).toEqual(['knee-rolls']);
		expect(plan.checkin?.doneToday).toBe(true);
	});

	it('asks weekly items only when they have not been answered for a week', () => {
		const day0 = buildDailyPlan(compiled, enrolled(compiled));
		expect(linkIdsOf(day0)).toContain('mood-interest');
		const answered = sendEvent(
			compiled,
			enrolled(compiled),
			checkin(4, { 'mood-interest': 'phq-0', 'mood-down': 'phq-0' })
		);
		expect(linkIdsOf(buildDailyPlan(compiled, catchUpTo(compiled, answered, 6)))).not.toContain(
			'mood-interest'
		);
		expect(linkIdsOf(buildDailyPlan(compiled, catchUpTo(compiled, answered, 7)))).toContain(
			'mood-interest'
		);
	});

	it('lists outcome questionnaires while their window is open and not yet done', () => {
		const s = enrolled(compiled);
		expect(buildDailyPlan(compiled, s).outcomesDue).toEqual([
			{ questionnaire: 'outcomes', milestone: 0, dueUntil: 2 }
		]);
		const done = sendEvent(compiled, s, {
			type: 'outcome.submitted',
			questionnaire: 'outcomes',
			answers: { 'psfs-rating': 3 }
		});
		expect(done.context.submissions.at(-1)?.milestone).toBe(0);
		expect(buildDailyPlan(compiled, done).outcomesDue).toEqual([]);
		expect(buildDailyPlan(compiled, catchUpTo(compiled, s, 3)).outcomesDue).toEqual([]);
		expect(buildDailyPlan(compiled, catchUpTo(compiled, s, 15)).outcomesDue).toEqual([
			{ questionnaire: 'outcomes', milestone: 14, dueUntil: 16 }
		]);
	});

	it('lists unacknowledged escalations most severe first', () => {
		const s = run(
			compiled,
			[
				{ type: 'report.submitted', answers: { 'sc-fever': true } },
				{ type: 'report.submitted', answers: { 'sc-ces-bladder': true } }
			],
			enrolled(compiled)
		);
		expect(buildDailyPlan(compiled, s).unacknowledged.map((e) => e.severity)).toEqual([
			'emergency',
			'urgent'
		]);
		const plan = buildDailyPlan(compiled, s);
		expect(plan.exercises).toEqual([]);
		expect(plan.advice.map((a) => a.id)).toEqual(['wait']);
	});
});

describe('exercise sessions', () => {
	it('are recorded for the day and listed in the plan, unknown exercises ignored', () => {
		const s = run(
			compiled,
			[
				{ type: 'exercise.completed', exercise: 'bridge' },
				{ type: 'exercise.completed', exercise: 'bridge' },
				{ type: 'exercise.completed', exercise: 'no-such-exercise' }
			],
			enrolled(compiled)
		);
		expect(s.context.completions).toEqual([
			{ day: 0, exercise: 'bridge' },
			{ day: 0, exercise: 'bridge' }
		]);
		expect(buildDailyPlan(compiled, s).completedToday).toEqual(['bridge']);
		expect(buildDailyPlan(compiled, catchUpTo(compiled, s, 1)).completedToday).toEqual([]);
	});
});
