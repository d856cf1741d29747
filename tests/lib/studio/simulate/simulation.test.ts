import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioStep } from '../../../../src/lib/pathway/schema/scenario-schema.js';
import { runScenario } from '../../../../src/lib/pathway/simulate.js';
import {
	buildScenario,
	findEndDay,
	formatScenario,
	insertStep,
	readScenario,
	scenarioFileName,
	simulateDay
} from '../../../../src/lib/studio/simulate/simulation.js';
import { loadShippedPathways, PATHWAYS_DIR } from '../../pathway/shipped-pathways.js';

const shipped = loadShippedPathways();
const back = shipped.find((compiled) => compiled.pathway.id === 'low-back-pain');
if (back === undefined) throw new Error('The shipped low-back-pain pathway is missing.');
const LOCALITIES = ['national', 'example-leeds', 'example-cardiff'];

const redFlagRun: ScenarioStep[] = [
	{ day: 0, entry: {} },
	{ day: 0, checkin: { 'pain.nrs': 6 } },
	{ day: 3, checkin: { 'pain.nrs': 5, 'new-symptoms': true, 'rf.ces.bladder-bowel': true } }
];

describe('simulating a day', () => {
	it('starts on the entry safety screen with nothing fired', () => {
		const day = simulateDay(back, [], 0);
		expect(day.state).toBe('entry');
		expect(day.firedToday).toEqual([]);
		expect(day.problems).toEqual([]);
	});

	it('shows the stage and today plan after the entry screen, moving on with the days', () => {
		const steps = redFlagRun.slice(0, 2);
		expect(simulateDay(back, steps, 0).state).toBe('early-days');
		const day2 = simulateDay(back, steps, 2);
		expect(day2.day).toBe(2);
		expect(day2.plan.day).toBe(2);
		expect(day2.plan.checkin?.doneToday).toBe(false);
		expect(simulateDay(back, steps, 8).state).toBe('building-up');
	});

	it('fires an emergency escalation on the day a red flag is answered yes, and only that day', () => {
		const day3 = simulateDay(back, redFlagRun, 3);
		expect(day3.state).toBe('emergency-help');
		expect(day3.firedToday.map((e) => [e.severity, e.code])).toEqual([
			['emergency', 'rf.ces.bladder-bowel']
		]);
		expect(day3.firedToday[0]?.signposts).toContain('call-999');
		expect(simulateDay(back, redFlagRun, 2).firedToday).toEqual([]);
		expect(simulateDay(back, redFlagRun, 4).firedToday).toEqual([]);
		expect(simulateDay(back, redFlagRun, 4).escalations).toHaveLength(1);
	});

	it('reports a step the engine could not take instead of ignoring it', () => {
		const day = simulateDay(back, [{ day: 0, checkin: { 'pain.nrs': 4 } }], 0);
		expect(day.problems.join(' ')).toMatch(/no daily check-in in state "entry"/);
	});
});

describe('inserting steps', () => {
	it('keeps day order and the order steps were taken on one day', () => {
		const steps = insertStep(insertStep(redFlagRun, { day: 1, report: {} }), {
			day: 0,
			outcome: {}
		});
		expect(steps.map((s) => [s.day, Object.keys(s).find((k) => k !== 'day')])).toEqual([
			[0, 'entry'],
			[0, 'checkin'],
			[0, 'outcome'],
			[1, 'report'],
			[3, 'checkin']
		]);
	});
});

describe('the end of the slider', () => {
	it('is the end of the longest path or the last questionnaire window', () => {
		// low-back-pain: 7 + 21 days, then finished on day 84; follow-up due days 84-86.
		expect(findEndDay(back.pathway)).toBe(86);
	});

	it('follows stage time limits when there is no schedule', () => {
		const pathway = { ...back.pathway, schedule: [] };
		expect(findEndDay(pathway)).toBe(84);
		const short = {
			...pathway,
			stages: pathway.stages.map((stage) =>
				stage.id === 'getting-back'
					? {
							...stage,
							transitions: [{ on: 'stage.elapsed' as const, to: 'finished' }],
							maxDays: 10
						}
					: stage
			)
		};
		expect(findEndDay(short)).toBe(38);
	});
});

describe('saving and loading scenarios', () => {
	it('saves what was done with the engine results as expectations, and the file passes', () => {
		const scenario = buildScenario({
			compiled: back,
			name: 'Bladder problem on day 3',
			locality: 'example-leeds',
			steps: redFlagRun
		});
		expect(scenario.expect).toEqual([
			{ day: 0, escalation: 'none', signposts: [], stage: 'early-days' },
			{ day: 3, escalation: 'emergency', signposts: ['call-999'], stage: 'emergency-help' }
		]);
		expect(scenarioFileName(scenario)).toBe('low-back-pain.bladder-problem-on-day-3.scenario.json');
		const read = readScenario({
			file: 'saved.scenario.json',
			text: formatScenario(scenario),
			compiled: back,
			localityIds: LOCALITIES
		});
		if (!read.ok) throw new Error(JSON.stringify(read.diagnostics));
		expect(read.scenario).toEqual(scenario);
		expect(read.result.passed).toBe(true);
		expect(runScenario(back, read.scenario).failures).toEqual([]);
	});

	it('reads a shipped scenario file and replays it', () => {
		const file = join(
			PATHWAYS_DIR,
			'scenarios/low-back-pain.ces-bladder-bowel-at-checkin.scenario.json'
		);
		const read = readScenario({
			file,
			text: readFileSync(file, 'utf8'),
			compiled: back,
			localityIds: LOCALITIES
		});
		expect(read.ok && read.result.passed).toBe(true);
	});

	it('gives located errors for a file that is not valid, and replays nothing', () => {
		const text =
			'{\n\t"name": "x",\n\t"locality": "national",\n\t"steps": [{ "day": -1, "checkin": {} }],\n\t"expect": []\n}\n';
		const read = readScenario({ file: 'bad.json', text, compiled: back, localityIds: LOCALITIES });
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.diagnostics[0]).toMatchObject({ file: 'bad.json', line: 4 });
	});

	it('refuses a scenario for another locality or pathway, pointing at the field', () => {
		const text = JSON.stringify(
			{
				name: 'x',
				pathway: 'knee-pain',
				locality: 'atlantis',
				steps: [{ day: 0, entry: {} }],
				expect: []
			},
			null,
			'\t'
		);
		const read = readScenario({
			file: 'other.json',
			text,
			compiled: back,
			localityIds: LOCALITIES
		});
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.diagnostics.map((d) => d.path)).toEqual(['pathway', 'locality']);
		expect(read.diagnostics.map((d) => d.line)).toEqual([3, 4]);
	});

	it('refuses text that is not JSON with the line of the mistake', () => {
		const read = readScenario({
			file: 'broken.json',
			text: '{\n  "name": \n}',
			compiled: back,
			localityIds: LOCALITIES
		});
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.diagnostics[0]?.rule).toBe('json-syntax');
	});
});
