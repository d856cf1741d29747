import { describe, expect, it } from 'vitest';
import { catchUpTo, sendEvent } from '../../../src/lib/pathway/enrolment.js';
import { checkin, compileFixture, days, enrolled, NO_RED_FLAGS, run } from './engine-helpers.js';

describe('the safety net', () => {
	const compiled = compileFixture();

	it('escalates a red flag given at entry, in a daily check-in and in the symptom report', () => {
		const atEntry = run(compiled, [
			{ type: 'entry.submitted', answers: { ...NO_RED_FLAGS, fever: true } }
		]);
		const inCheckin = sendEvent(
			compiled,
			enrolled(compiled),
			checkin(3, { 'new-symptoms': true, 'ci-fever': true })
		);
		const inReport = sendEvent(compiled, enrolled(compiled), {
			type: 'report.submitted',
			answers: { 'sc-fever': true }
		});
		for (const s of [atEntry, inCheckin, inReport]) {
			expect(s.context.lastFired).toHaveLength(1);
			expect(s.context.lastFired[0]).toMatchObject({
				rule: 'fever',
				severity: 'urgent',
				code: 'rf.fever',
				codes: ['rf.fever'],
				signposts: ['nhs-111', 'urgent-gp'],
				message: 'safety.fever',
				day: 0
			});
		}
	});

	it('reports every rule that fired, most severe first', () => {
		const s = sendEvent(compiled, enrolled(compiled), {
			type: 'checkin.submitted',
			answers: {
				pain: 5,
				feel: 'same',
				'new-symptoms': true,
				'ci-fever': true,
				'ci-ces-bladder': true,
				'mood-interest': 'phq-3',
				'mood-down': 'phq-3'
			}
		});
		expect(s.context.lastFired.map((e) => [e.rule, e.severity])).toEqual([
			['ces-bladder-bowel', 'emergency'],
			['fever', 'urgent'],
			['low-mood', 'routine']
		]);
		expect(s.context.escalations).toHaveLength(3);
	});

	it('fires a red flag every time it is answered yes', () => {
		const yes = { type: 'report.submitted' as const, answers: { 'sc-fever': true } };
		const s = run(compiled, [yes, yes, yes], enrolled(compiled));
		expect(s.context.escalations.map((e) => e.rule)).toEqual(['fever', 'fever', 'fever']);
	});

	it('respects cooldowns of dynamic rules', () => {
		const start = enrolled(compiled);
		// Pain alternates 3, 5, 3, 5 ...: every odd day is a rise of 2, but the 7-day cooldown lets
		// "worsening" fire on day 1 and next on day 9.
		let s = run(compiled, [checkin(3)], start);
		const fired: number[] = [];
		for (let day = 1; day <= 10; day++) {
			s = run(compiled, [...days(s, 1), checkin(3 + 2 * (day % 2))], s);
			if (s.context.lastFired.some((e) => e.rule === 'worsening')) fired.push(day);
		}
		expect(fired).toEqual([1, 9]);
	});

	it('gives dynamic rules their code', () => {
		const s = run(
			compiled,
			[
				checkin(9),
				...days(enrolled(compiled), 1),
				checkin(9),
				{ type: 'day', day: 2 },
				checkin(10)
			],
			enrolled(compiled)
		);
		const severe = s.context.lastFired.find((e) => e.rule === 'severe-pain');
		expect(severe).toMatchObject({
			severity: 'urgent',
			code: 'sn.severe-pain',
			codes: ['sn.severe-pain']
		});
	});

	it('flags no improvement from day 42 against the baseline', () => {
		const baseline = run(compiled, [checkin(6)], enrolled(compiled));
		const day41 = sendEvent(compiled, catchUpTo(compiled, baseline, 41), checkin(5));
		expect(day41.context.lastFired.map((e) => e.rule)).toEqual([]);
		const day42 = sendEvent(compiled, catchUpTo(compiled, day41, 42), checkin(5));
		expect(day42.context.lastFired.map((e) => e.rule)).toEqual(['not-improving']);
		const improved = sendEvent(compiled, catchUpTo(compiled, baseline, 42), checkin(4));
		expect(improved.context.lastFired).toEqual([]);
	});

	it('applies only rules whose scope includes the current stage', () => {
		// Dynamic rules are scoped to plan stages; in the entry state pain trends never fire.
		const emergency = run(compiled, [
			{ type: 'entry.submitted', answers: { ...NO_RED_FLAGS, 'ces-bladder': true } }
		]);
		const s = run(compiled, [{ type: 'report.submitted', answers: {} }], emergency);
		expect(s.context.lastFired).toEqual([]);
	});
});
