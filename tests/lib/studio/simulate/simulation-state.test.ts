import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../../src/lib/studio/simulate/simulation.svelte.js';
import { loadShippedPathways } from '../../pathway/shipped-pathways.js';

const shipped = loadShippedPathways();
const back = shipped.find((compiled) => compiled.pathway.id === 'low-back-pain');
const knee = shipped.find((compiled) => compiled.pathway.id === 'knee-pain');
if (back === undefined || knee === undefined) throw new Error('Shipped pathways are missing.');
const LOCALITIES = ['national', 'example-leeds', 'example-cardiff'];

describe('a simulated patient in the studio', () => {
	it('keeps the day on the slider between 0 and the end day', () => {
		const simulation = new Simulation(() => back);
		simulation.day = 500;
		expect(simulation.day).toBe(simulation.endDay);
		simulation.day = -3;
		expect(simulation.day).toBe(0);
	});

	it('records submissions on the day shown and derives the patient from them', () => {
		const simulation = new Simulation(() => back);
		simulation.submit({ kind: 'entry' }, {});
		expect(simulation.current.state).toBe('early-days');
		const checkin = simulation.current.plan.checkin?.questionnaire;
		if (checkin === undefined) throw new Error('Expected a check-in on day 0.');
		const pain = checkin.items.find((item) => item.type !== 'group' && item.code === 'pain.nrs');
		simulation.submit({ kind: 'checkin' }, pain === undefined ? {} : { [pain.linkId]: 3 });
		expect(simulation.current.plan.checkin?.doneToday).toBe(true);
		simulation.day = 5;
		simulation.submit({ kind: 'report' }, { 'rf.ces.saddle-numbness': true });
		expect(simulation.current.firedToday.map((e) => e.severity)).toEqual(['emergency']);
		expect(simulation.current.state).toBe('emergency-help');
		simulation.clear();
		expect(simulation.current.state).toBe('early-days');
		expect(simulation.steps.map((step) => step.day)).toEqual([0, 0, 5, 5]);
		simulation.removeStep(2);
		expect(simulation.current.firedToday).toEqual([]);
	});

	it('re-runs the same steps when the pathway changes', () => {
		let compiled = back;
		const simulation = new Simulation(() => compiled);
		simulation.submit({ kind: 'entry' }, {});
		expect(simulation.current.state).toBe('early-days');
		compiled = knee;
		expect(simulation.current.state).toBe(knee.pathway.start);
	});

	it('saves a scenario that loads back to the same steps and result', () => {
		const simulation = new Simulation(() => back);
		simulation.locality = 'example-leeds';
		simulation.submit({ kind: 'entry' }, {});
		simulation.day = 2;
		simulation.submit({ kind: 'report' }, { 'rf.fever': true });
		const saved = simulation.save('Fever on day 2');
		expect(saved.fileName).toBe('low-back-pain.fever-on-day-2.scenario.json');

		const again = new Simulation(() => back);
		const read = again.load({ file: saved.fileName, text: saved.text, localityIds: LOCALITIES });
		expect(read.ok).toBe(true);
		expect(again.steps).toEqual(simulation.steps);
		expect(again.locality).toBe('example-leeds');
		expect(again.day).toBe(2);
		expect(again.loaded?.result.passed).toBe(true);
		expect(again.current.firedToday.map((e) => [e.severity, e.code])).toEqual(
			simulation.current.firedToday.map((e) => [e.severity, e.code])
		);
	});

	it('changes nothing when a loaded file has errors', () => {
		const simulation = new Simulation(() => back);
		simulation.submit({ kind: 'entry' }, {});
		const read = simulation.load({ file: 'x.json', text: '{"name": 1}', localityIds: LOCALITIES });
		expect(read.ok).toBe(false);
		expect(simulation.steps).toHaveLength(1);
		expect(simulation.loaded).toBeUndefined();
	});
});
