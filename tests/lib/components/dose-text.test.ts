import { describe, expect, it } from 'vitest';
import { describeDose, listDosePhrases } from '../../../src/lib/components/patient/dose-text.js';
import type { Translate } from '../../../src/lib/components/patient/dose-text.js';
import { t } from './english.js';

describe('an exercise dose in words', () => {
	it('says sets, reps, side and how often, in that order', () => {
		expect(describeDose({ sets: 2, reps: 10, perSide: true, timesPerDay: 3 }, t)).toBe(
			'2 sets of 10, each side, 3 times a day'
		);
	});

	it('says how long to hold each one', () => {
		expect(describeDose({ reps: 10, holdSeconds: 5, timesPerDay: 2 }, t)).toBe(
			'10 times, hold each one for 5 seconds, twice a day'
		);
	});

	it('uses the words for one: one set, one second, once a day', () => {
		expect(describeDose({ sets: 1, reps: 8, holdSeconds: 1, timesPerDay: 1 }, t)).toBe(
			'1 set of 8, hold each one for 1 second, once a day'
		);
		expect(describeDose({ reps: 1 }, t)).toBe('Once');
	});

	it('starts with a capital letter when the first phrase is a word', () => {
		expect(describeDose({ perSide: true, timesPerDay: 2 }, t)).toBe('Each side, twice a day');
	});

	it('says only how often for a walk', () => {
		expect(describeDose({ timesPerDay: 3 }, t)).toBe('3 times a day');
	});

	it('says sets without reps', () => {
		expect(describeDose({ sets: 3 }, t)).toBe('3 sets');
	});

	it('leaves the rest out of the summary and puts it in the full description', () => {
		const dose = { sets: 2, reps: 10, holdSeconds: 5, restSeconds: 30, timesPerDay: 1 };
		expect(describeDose(dose, t)).toBe('2 sets of 10, hold each one for 5 seconds, once a day');
		expect(describeDose(dose, t, { withRest: true })).toBe(
			'2 sets of 10, hold each one for 5 seconds, rest for 30 seconds between sets, once a day'
		);
	});

	it('says "between each one" for a rest when there is only one set', () => {
		expect(listDosePhrases({ reps: 5, restSeconds: 10 }, t, { withRest: true })).toEqual([
			'5 times',
			'rest for 10 seconds between each one'
		]);
	});

	it('falls back to "as much as feels comfortable" for an empty dose', () => {
		expect(describeDose({}, t)).toBe('As much as feels comfortable');
	});

	it('takes its words and separator from the translator, so other languages read naturally', () => {
		const keys: string[] = [];
		const recording: Translate = (key, params) => {
			keys.push(key);
			return key === 'dose.separator' ? '، ' : `${key}${JSON.stringify(params ?? {})}`;
		};
		expect(describeDose({ reps: 3, perSide: true }, recording)).toBe(
			'Dose.reps.other{"reps":3}، dose.each-side{}'
		);
		expect(keys).toEqual(['dose.reps.other', 'dose.each-side', 'dose.separator']);
	});
});
