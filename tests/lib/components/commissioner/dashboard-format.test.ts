import { describe, expect, it } from 'vitest';
import {
	describeFigures,
	formatMonth,
	formatShown,
	toChartPoints
} from '../../../../src/lib/components/commissioner/dashboard-format.js';
import {
	escalationLabel,
	severityLabel,
	signpostLabel
} from '../../../../src/lib/components/commissioner/dashboard-labels.js';

describe('how the dashboard shows disclosed figures', () => {
	it('keeps a suppressed figure as * whatever the measure', () => {
		expect(formatShown('*', 'count')).toBe('*');
		expect(formatShown('*', 'percent')).toBe('*');
		expect(formatShown('*', 'mean')).toBe('*');
	});

	it('writes counts with thousands separators, percentages and means to one decimal', () => {
		expect(formatShown(12345, 'count')).toBe('12,345');
		expect(formatShown(0, 'count')).toBe('0');
		expect(formatShown(42, 'percent')).toBe('42.0%');
		expect(formatShown(33.3, 'percent')).toBe('33.3%');
		expect(formatShown(-2.1, 'mean')).toBe('\u22122.1');
		expect(formatShown(1.5, 'mean')).toBe('1.5');
	});

	it('turns suppressed figures into gaps for the chart, never zeros', () => {
		const points = toChartPoints([
			{ label: 'Jan 2026', value: 10 },
			{ label: 'Feb 2026', value: '*' },
			{ label: 'Mar 2026', value: 0 }
		]);
		expect(points).toEqual([
			{ label: 'Jan 2026', value: 10, isSuppressed: false },
			{ label: 'Feb 2026', value: null, isSuppressed: true },
			{ label: 'Mar 2026', value: 0, isSuppressed: false }
		]);
	});

	it('names months in plain English and leaves anything else alone', () => {
		expect(formatMonth('2026-03')).toBe('Mar 2026');
		expect(formatMonth('2025-12')).toBe('Dec 2025');
		expect(formatMonth('2026-13')).toBe('2026-13');
		expect(formatMonth('40-49')).toBe('40-49');
	});
});

describe("a chart's text alternative", () => {
	it('gives the highest and lowest figures and names the suppressed ones', () => {
		const text = describeFigures({
			title: 'Enrolments by month',
			kind: 'count',
			figures: [
				{ label: 'Jan 2026', value: 10 },
				{ label: 'Feb 2026', value: '*' },
				{ label: 'Mar 2026', value: 25 }
			]
		});
		expect(text).toBe(
			'Enrolments by month: highest 25 (Mar 2026), lowest 10 (Jan 2026); 1 of 3 suppressed as * and not drawn (Feb 2026).'
		);
	});

	it('says so when there is nothing, or only one figure', () => {
		expect(describeFigures({ title: 'Pain', kind: 'mean', figures: [] })).toBe(
			'Pain: no data for these filters.'
		);
		expect(
			describeFigures({
				title: 'Back at work',
				kind: 'percent',
				figures: [{ label: 'All', value: 40 }]
			})
		).toBe('Back at work: All: 40.0%.');
		expect(
			describeFigures({
				title: 'Enrolments',
				kind: 'count',
				figures: [{ label: 'Leeds', value: '*' }]
			})
		).toBe('Enrolments: 1 of 1 suppressed as * and not drawn (Leeds).');
	});
});

describe('the names of codes', () => {
	it('reads signposts, escalation codes and severities in plain English', () => {
		expect(signpostLabel('physio-self-referral')).toBe('Physiotherapy self-referral');
		expect(signpostLabel('something-new')).toBe('something-new');
		expect(escalationLabel('sn.worsening')).toBe('Getting worse');
		expect(escalationLabel('rf.fever')).toBe('High temperature or feeling hot and shivery');
		expect(escalationLabel('local.leeds.thing')).toBe('local.leeds.thing');
		expect(severityLabel('emergency')).toBe('Emergency');
	});
});
