import { describe, expect, it } from 'vitest';
import {
	CHART,
	pickDayTicks,
	pointsWith,
	scaleDay,
	scaleScore,
	summariseMeasure
} from '../../../src/lib/components/patient/progress-chart.js';

describe('the progress chart', () => {
	it('puts 0 at the bottom of the plot and 10 at the top, clamping anything outside', () => {
		expect(scaleScore(0)).toBe(CHART.height - CHART.bottom);
		expect(scaleScore(10)).toBe(CHART.top);
		expect(scaleScore(12)).toBe(CHART.top);
		expect(scaleScore(-1)).toBe(CHART.height - CHART.bottom);
	});

	it('spreads days across the width, and centres a single day', () => {
		expect(scaleDay(1, 1, 15)).toBe(CHART.left);
		expect(scaleDay(15, 1, 15)).toBe(CHART.width - CHART.right);
		expect(scaleDay(4, 4, 4)).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
	});

	it('keeps only the points that have the measure, in day order', () => {
		const points = [{ day: 3, pain: 5 }, { day: 1, pain: 7, function: 2 }, { day: 2 }];
		expect(pointsWith(points, 'pain')).toEqual([
			{ day: 1, value: 7 },
			{ day: 3, value: 5 }
		]);
		expect(pointsWith(points, 'function')).toEqual([{ day: 1, value: 2 }]);
	});

	it('labels at most six days, always the first and the last', () => {
		const days = Array.from({ length: 30 }, (_, i) => i + 1);
		const ticks = pickDayTicks(days);
		expect(ticks.length).toBeLessThanOrEqual(6);
		expect(ticks[0]).toBe(1);
		expect(ticks[ticks.length - 1]).toBe(30);
		expect(pickDayTicks([3, 1, 2, 2])).toEqual([1, 2, 3]);
	});

	it('summarises a measure by its first and last values', () => {
		const points = [
			{ day: 1, pain: 8 },
			{ day: 8, pain: 6 },
			{ day: 15, pain: 3 }
		];
		expect(summariseMeasure(points, 'pain')).toEqual({
			kind: 'change',
			firstDay: 1,
			first: 8,
			lastDay: 15,
			last: 3
		});
		expect(summariseMeasure([{ day: 2, function: 4 }], 'function')).toEqual({
			kind: 'one',
			day: 2,
			value: 4
		});
		expect(summariseMeasure(points, 'function')).toBeUndefined();
	});
});
