import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioReferences } from '../../../../src/lib/pathway/load/check-scenario-references.js';
import { loadScenario } from '../../../../src/lib/pathway/load/load-scenario.js';
import {
	FIXTURES,
	keyPositionOf,
	makeVariant,
	toJsonText,
	type JsonValue
} from '../../../fixtures/pathway-fixture.js';

const FILE = 'minimal.bladder-at-entry.scenario.json';

function readScenario(): Record<string, JsonValue> {
	return JSON.parse(readFileSync(`${FIXTURES}scenarios/${FILE}`, 'utf8')) as Record<
		string,
		JsonValue
	>;
}

function check(change: (scenario: Record<string, JsonValue>) => void = () => {}) {
	const data = readScenario();
	change(data);
	const text = toJsonText(data);
	const result = loadScenario({ file: FILE, text });
	if (!result.ok)
		throw new Error(result.diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
	const diagnostics = checkScenarioReferences({
		scenario: result.value,
		file: FILE,
		locate: result.locate,
		pathway: makeVariant().pathway,
		localityIds: ['national', 'riverside-example']
	});
	return { text, diagnostics };
}

describe('checkScenarioReferences', () => {
	it('accepts the fixture scenario', () => {
		expect(check().diagnostics).toEqual([]);
	});

	it('names an answer key that is not a question of that step, at the key', () => {
		const { text, diagnostics } = check((scenario) => {
			scenario.steps = [{ day: 0, entry: { 'rf.ces.bladder': true } }];
		});
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]?.path).toBe('steps.0.entry.rf.ces.bladder');
		expect(diagnostics[0]?.message).toContain(
			'No question of the entry questionnaire "entry-screen" has code or linkId "rf.ces.bladder". Did you mean "rf.ces.bladder-bowel"?'
		);
		expect(diagnostics[0]).toMatchObject(keyPositionOf(text, 'rf.ces.bladder'));
	});

	it('checks answer values, step order, expected stages, the pathway and the locality', () => {
		const { diagnostics } = check((scenario) => {
			scenario.pathway = 'low-back-pain';
			scenario.locality = 'riverside';
			scenario.steps = [
				{ day: 3, checkin: { 'pain.nrs': 'bad' } },
				{ day: 1, report: { fever: true } }
			];
			scenario.expect = [{ day: 3, stage: 'setling' }];
		});
		const messages = Object.fromEntries(
			diagnostics.map((diagnostic) => [diagnostic.path, diagnostic.message])
		);
		expect(messages.pathway).toContain(
			'is for pathway "low-back-pain", but it is being run against "minimal"'
		);
		expect(messages.locality).toContain('Did you mean "riverside-example"?');
		expect(messages['steps.0.checkin.pain.nrs']).toContain('compare it with a number, not "bad"');
		expect(messages['steps.1.day']).toContain('day 1 comes after day 3');
		expect(messages['expect.0.stage']).toContain('Did you mean "settling"?');
	});

	it('allows the engine states in expectations', () => {
		const { diagnostics } = check((scenario) => {
			scenario.expect = [{ day: 0, stage: 'entry' }];
		});
		expect(diagnostics).toEqual([]);
	});
});
