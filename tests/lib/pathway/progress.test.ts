import { describe, expect, it } from 'vitest';
import { summariseProgress } from '../../../src/lib/pathway/progress.js';
import { checkin, compileFixture, days, enrolled, run } from './engine-helpers.js';

const compiled = compileFixture();

describe('progress', () => {
	it('gives pain and function by day, the last value of each day, and days checked in', () => {
		let s = enrolled(compiled);
		s = run(
			compiled,
			[
				checkin(7),
				{ type: 'outcome.submitted', questionnaire: 'outcomes', answers: { 'psfs-rating': 3 } }
			],
			s
		);
		s = run(compiled, [...days(s, 2), checkin(6), checkin(5)], s);
		s = run(compiled, [...days(s, 1)], s);
		const progress = summariseProgress(compiled.index, s.context);
		expect(progress.points).toEqual([
			{ day: 0, pain: 7, function: 3 },
			{ day: 2, pain: 5 }
		]);
		expect(progress.daysCheckedIn).toBe(2);
		expect(progress.daysSoFar).toBe(4);
	});
});
