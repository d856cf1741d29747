import { describe, expect, it } from 'vitest';
import { catchUpTo, sendEvent } from '../../../src/lib/pathway/enrolment.js';
import {
	buildOutcomeRecord,
	recordSignature,
	type RecordFacts
} from '../../../src/lib/pathway/outcome-record.js';
import { OutcomeRecordSchema } from '../../../src/lib/shared/outcome-record.js';
import { checkin, currentState, enrolled, run } from './engine-helpers.js';
import { loadShippedPathways } from './shipped-pathways.js';

const back = loadShippedPathways().find((c) => c.pathway.id === 'low-back-pain');
if (back === undefined) throw new Error('low-back-pain ships');

const facts: RecordFacts = {
	recordId: '6f0e4b6a-2c1d-4e8f-9a7b-3c2d1e0f9a8b',
	withdrawToken: 'A'.repeat(43),
	revision: 1,
	monthEnrolled: '2026-11',
	locality: 'example-leeds',
	referral: 'self',
	onWaitingList: false,
	leftWaitingList: false,
	ageBand: '30-39'
};

/** Answers every required item of a questionnaire with its default, plus `extra`. */
function answersFor(id: string, extra: Record<string, string | number | boolean> = {}) {
	const q = back!.index.questionnaires.get(id)!;
	const answers: Record<string, string | number | boolean> = {};
	for (const item of back!.index.items.get(q.id)!.values())
		if (item.default !== undefined) answers[item.linkId] = item.default;
	return { ...answers, ...extra };
}

describe('the outcome record built from an enrolment', () => {
	it('is valid, with scores at milestones, escalation codes by week and the status', () => {
		let s = enrolled(back);
		s = run(
			back,
			[
				checkin(7),
				{ type: 'outcome.submitted', questionnaire: 'baseline', answers: answersFor('baseline') }
			],
			s
		);
		s = catchUpTo(back, s, 3);
		s = sendEvent(back, s, { type: 'report.submitted', answers: { 'sc-fever': true } });
		s = catchUpTo(back, s, 14);
		s = run(
			back,
			[
				checkin(4),
				{ type: 'outcome.submitted', questionnaire: 'follow-up', answers: answersFor('follow-up') }
			],
			s
		);
		const record = buildOutcomeRecord({
			index: back.index,
			context: s.context,
			state: currentState(s),
			facts
		});
		expect(OutcomeRecordSchema.parse(record)).toEqual(record);
		expect(record.scores.map((x) => [x.milestone, x.week, x.painNrs])).toEqual([
			['baseline', 0, 7],
			['day-14', 2, 4]
		]);
		expect(record.scores[1]?.globalChange).toBeTypeOf('number');
		expect(record.escalations).toEqual([{ code: 'rf.fever', severity: 'urgent', week: 0 }]);
		expect(record.signposts).toEqual(['nhs-111', 'urgent-gp']);
		expect(record.status).toBe('escalated');
		expect(record.daysActiveFirst30).toBe(3);
		expect(record.workStatusBaseline).toBeDefined();
	});

	it('holds no free text, dates or identifiers: only the schema fields', () => {
		const s = run(back, [checkin(5)], enrolled(back));
		const record = buildOutcomeRecord({
			index: back.index,
			context: s.context,
			state: currentState(s),
			facts
		});
		expect(JSON.stringify(record)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
		expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
	});

	it('needs a new revision for a milestone, an escalation or a change of status, not for a check-in', () => {
		const s0 = enrolled(back);
		const sign = (s: typeof s0) =>
			recordSignature(
				buildOutcomeRecord({ index: back.index, context: s.context, state: currentState(s), facts })
			);
		const s1 = run(back, [checkin(5)], s0);
		expect(sign(s1)).toBe(sign(s0));
		const s2 = run(
			back,
			[{ type: 'outcome.submitted', questionnaire: 'baseline', answers: answersFor('baseline') }],
			s1
		);
		expect(sign(s2)).not.toBe(sign(s1));
		const s3 = run(back, [{ type: 'enrolment.stopped' }], s2);
		expect(sign(s3)).not.toBe(sign(s2));
	});
});
