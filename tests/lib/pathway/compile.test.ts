import { describe, expect, it } from 'vitest';
import { compilePathway } from '../../../src/lib/pathway/compile.js';
import {
	catchUpTo,
	daysToCatchUp,
	sendEvent,
	startEnrolment
} from '../../../src/lib/pathway/enrolment.js';
import { buildFixturePathway } from './engine-fixture.js';
import {
	checkin,
	compileFixture,
	currentState,
	days,
	enrolled,
	NO_RED_FLAGS,
	run
} from './engine-helpers.js';

describe('compiling a pathway', () => {
	it('fails, as a value, for an unknown action name', () => {
		const pathway = buildFixturePathway();
		const stage = pathway.stages[0];
		if (stage === undefined) throw new Error('fixture has stages');
		stage.transitions[0] = {
			on: 'day',
			to: 'middle',
			actions: [{ type: 'sendEmail', params: { flag: 'x' } }]
		};
		const result = compilePathway(pathway);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors[0]?.path).toEqual(['stages', 0, 'transitions', 0, 'actions', 0, 'type']);
			expect(result.errors[0]?.message).toContain('Unknown action "sendEmail"');
		}
	});

	it('fails for a missing action parameter and an unknown target stage', () => {
		const pathway = buildFixturePathway();
		pathway.stages[0]?.transitions.push({
			on: 'day',
			to: 'nowhere',
			actions: [{ type: 'setFlag' }]
		});
		const result = compilePathway(pathway);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.map((e) => e.message)).toEqual([
				'Stage "nowhere" does not exist.',
				'Action "setFlag" needs the parameter "flag".'
			]);
		}
	});

	it('builds a machine from data with named guards and no delayed transitions', () => {
		const compiled = compileFixture();
		const config = JSON.stringify(compiled.machine.config);
		expect(config).not.toContain('"after"');
		expect(config).toContain('"type":"transitionApplies"');
		expect(config).toContain('"type":"escalatesTo"');
		expect(Object.keys(compiled.machine.states)).toEqual([
			'entry',
			'stopped',
			'early',
			'middle',
			'late',
			'done',
			'emergency-help',
			'urgent-help'
		]);
	});
});

describe('an enrolment', () => {
	const compiled = compileFixture();

	it('starts in the entry state and moves to the start stage after a clear entry screen', () => {
		const start = startEnrolment(compiled);
		expect(currentState(start)).toBe('entry');
		expect(currentState(enrolled(compiled))).toBe('early');
	});

	it('ignores check-ins before the entry screen is passed', () => {
		const s = run(compiled, [checkin(5)]);
		expect(currentState(s)).toBe('entry');
		expect(s.context.submissions).toHaveLength(0);
	});

	it('moves on when maxDays have passed in a stage (stage.elapsed)', () => {
		const s = enrolled(compiled);
		expect(currentState(catchUpTo(compiled, s, 6))).toBe('early');
		const day7 = catchUpTo(compiled, s, 7);
		expect(currentState(day7)).toBe('middle');
		expect(day7.context.stageEnteredDay).toBe(7);
		expect(currentState(catchUpTo(compiled, s, 21))).toBe('late');
	});

	it('takes day transitions with conditions', () => {
		const s = catchUpTo(compiled, enrolled(compiled), 83);
		expect(currentState(s)).toBe('late');
		expect(currentState(catchUpTo(compiled, s, 84))).toBe('done');
	});

	it('accepts only the next day, so catching up twice is harmless', () => {
		const s = enrolled(compiled);
		const once = catchUpTo(compiled, s, 10);
		const twice = catchUpTo(compiled, once, 10);
		expect(twice.context).toEqual(once.context);
		expect(sendEvent(compiled, once, { type: 'day', day: 10 }).context).toEqual(once.context);
		expect(sendEvent(compiled, once, { type: 'day', day: 15 }).context.day).toBe(10);
		expect(daysToCatchUp(once, 12)).toEqual([
			{ type: 'day', day: 11 },
			{ type: 'day', day: 12 }
		]);
	});

	it('takes the first matching transition on a submission and runs its actions', () => {
		const s = run(
			compiled,
			[checkin(1), ...days(enrolled(compiled), 1), checkin(0)],
			enrolled(compiled)
		);
		expect(currentState(s)).toBe('middle');
		expect(s.context.flags).toEqual({ 'fast-recovery': true });
	});

	it('stops when the patient stops, and still runs the safety net on reports', () => {
		const stopped = run(compiled, [{ type: 'enrolment.stopped' }], enrolled(compiled));
		expect(currentState(stopped)).toBe('stopped');
		const reported = sendEvent(compiled, stopped, {
			type: 'report.submitted',
			answers: { 'sc-fever': true }
		});
		expect(currentState(reported)).toBe('stopped');
		expect(reported.context.lastFired.map((e) => e.rule)).toEqual(['fever']);
	});
});

describe('escalation stages', () => {
	const compiled = compileFixture();

	it('send a red flag at entry straight to the escalation stage, not the start stage', () => {
		const s = run(compiled, [
			{ type: 'entry.submitted', answers: { ...NO_RED_FLAGS, 'ces-bladder': true } }
		]);
		expect(currentState(s)).toBe('emergency-help');
	});

	it('go to the most severe target when several rules fire', () => {
		const s = run(
			compiled,
			[{ type: 'report.submitted', answers: { 'sc-fever': true, 'sc-ces-bladder': true } }],
			enrolled(compiled)
		);
		expect(currentState(s)).toBe('emergency-help');
		expect(s.context.lastFired.map((e) => e.severity)).toEqual(['emergency', 'urgent']);
	});

	it('do not pull a patient out of an emergency into a less severe escalation', () => {
		const emergency = run(
			compiled,
			[{ type: 'report.submitted', answers: { 'sc-ces-bladder': true } }],
			enrolled(compiled)
		);
		const s = sendEvent(compiled, emergency, {
			type: 'report.submitted',
			answers: { 'sc-fever': true }
		});
		expect(currentState(s)).toBe('emergency-help');
		expect(s.context.lastFired.map((e) => e.rule)).toEqual(['fever']);
	});

	it('move an urgent patient up to the emergency stage', () => {
		const urgent = run(
			compiled,
			[{ type: 'report.submitted', answers: { 'sc-fever': true } }],
			enrolled(compiled)
		);
		expect(currentState(urgent)).toBe('urgent-help');
		const s = sendEvent(compiled, urgent, {
			type: 'report.submitted',
			answers: { 'sc-ces-bladder': true }
		});
		expect(currentState(s)).toBe('emergency-help');
	});

	it('return to the plan when the patient says they have been assessed, without re-escalating', () => {
		const urgent = run(
			compiled,
			[{ type: 'report.submitted', answers: { 'sc-fever': true } }],
			enrolled(compiled)
		);
		const cleared = sendEvent(compiled, urgent, { type: 'escalation.cleared' });
		expect(currentState(cleared)).toBe('early');
	});

	it('are not entered from a final stage, though the escalation is still reported', () => {
		const done = catchUpTo(compiled, enrolled(compiled), 84);
		const s = sendEvent(compiled, done, {
			type: 'report.submitted',
			answers: { 'sc-ces-bladder': true }
		});
		expect(currentState(s)).toBe('done');
		expect(s.context.lastFired.map((e) => e.severity)).toEqual(['emergency']);
	});

	it('keep every escalation until acknowledged', () => {
		const s = run(
			compiled,
			[{ type: 'report.submitted', answers: { 'sc-fever': true } }],
			enrolled(compiled)
		);
		expect(s.context.escalations.every((e) => !e.acknowledged)).toBe(true);
		const acknowledged = sendEvent(compiled, s, { type: 'escalation.acknowledged' });
		expect(acknowledged.context.escalations.every((e) => e.acknowledged)).toBe(true);
		expect(currentState(acknowledged)).toBe('urgent-help');
	});
});
