import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/lib/pathway/schema/scenario-schema.js';
import { runScenario } from '../../../src/lib/pathway/simulate.js';
import { compileFixture } from './engine-helpers.js';

const compiled = compileFixture();

describe('running a scenario', () => {
	it('passes when the pathway does what the scenario expects, filling benign defaults', () => {
		const scenario: Scenario = {
			name: 'fever in a check-in',
			locality: 'national',
			steps: [
				{ day: 0, entry: {} },
				{ day: 0, checkin: { 'pain.nrs': 5 } },
				{ day: 3, checkin: { 'new-symptoms': true, 'rf.fever': true } }
			],
			expect: [
				{ day: 0, escalation: 'none', stage: 'early' },
				{ day: 3, escalation: 'urgent', signposts: ['urgent-gp', 'nhs-111'], stage: 'urgent-help' },
				{ day: 10, stage: 'urgent-help' }
			]
		};
		const result = runScenario(compiled, scenario);
		expect(result.failures).toEqual([]);
		expect(result.passed).toBe(true);
		expect(result.steps.map((s) => [s.day, s.stage, s.escalations.map((e) => e.rule)])).toEqual([
			[0, 'early', []],
			[0, 'early', []],
			[3, 'urgent-help', ['fever']]
		]);
		expect(result.steps[2]?.escalations[0]).toEqual({
			rule: 'fever',
			code: 'rf.fever',
			severity: 'urgent',
			signposts: ['nhs-111', 'urgent-gp']
		});
		expect(result.snapshot.context.submissions[1]?.answers).toMatchObject({
			feel: 'same',
			'new-symptoms': false
		});
	});

	it('fails with plain messages when expectations are not met', () => {
		const result = runScenario(compiled, {
			name: 'wrong expectations',
			locality: 'national',
			steps: [{ day: 0, entry: { 'rf.ces.bladder-bowel': true } }],
			expect: [{ day: 0, escalation: 'urgent', signposts: ['nhs-111'], stage: 'early' }]
		});
		expect(result.passed).toBe(false);
		expect(result.failures).toEqual([
			'Day 0: expected escalation urgent, got emergency (fired: ces-bladder-bowel emergency).',
			'Day 0: expected signposts [nhs-111], got [call-999].',
			'Day 0: expected stage early, got emergency-help.'
		]);
	});

	it('explains answers the patient could not have given', () => {
		const hidden = runScenario(compiled, {
			name: 'red flag without saying there are new symptoms',
			locality: 'national',
			steps: [
				{ day: 0, entry: {} },
				{ day: 1, checkin: { 'rf.fever': true } }
			],
			expect: []
		});
		expect(hidden.failures[0]).toContain('the answer to "rf.fever" was not recorded');
		const unknown = runScenario(compiled, {
			name: 'unknown item',
			locality: 'national',
			steps: [{ day: 0, entry: { 'rf.nonsense': true } }],
			expect: []
		});
		expect(unknown.failures).toEqual([
			'Step 1 (day 0): "rf.nonsense" names no item in questionnaire "entry-screen".'
		]);
		const notToday = runScenario(compiled, {
			name: 'weekly item asked again too soon',
			locality: 'national',
			steps: [
				{ day: 0, entry: {} },
				{ day: 0, checkin: {} },
				{ day: 2, checkin: { 'mood.phq2.down': 'phq-3' } }
			],
			expect: []
		});
		expect(notToday.failures[0]).toContain('"mood.phq2.down" is not asked on day 2');
	});

	it('reports steps out of order and events a state does not accept', () => {
		const result = runScenario(compiled, {
			name: 'out of order',
			locality: 'national',
			steps: [
				{ day: 0, checkin: {} },
				{ day: 3, entry: {} },
				{ day: 1, entry: {} }
			],
			expect: []
		});
		expect(result.failures).toEqual([
			'Step 1 (day 0): there is no daily check-in in state "entry".',
			"Step 3 is on day 1, before the previous step's day 3. Put steps in day order."
		]);
	});
});
