import { describe, expect, it } from 'vitest';
import {
	append,
	expectAt,
	keyPositionOf,
	loadVariant,
	positionOf,
	remove,
	set,
	update,
	valuePositionOf
} from '../../../fixtures/pathway-fixture.js';

describe('schema diagnostics', () => {
	it('name an unknown key, suggest the right one and list the keys allowed, at the key', () => {
		const { text, diagnostics } = loadVariant(
			update('safetyNet.0', (rule) => ({ ...(rule as object), sevrity: 'emergency' })),
			remove('safetyNet.0.severity')
		);
		const unknown = diagnostics.find((diagnostic) => diagnostic.path === 'safetyNet.0.sevrity');
		expect(unknown?.rule).toBe('schema');
		expect(unknown?.message).toContain('Unknown key "sevrity". Did you mean "severity"?');
		expect(unknown?.message).toContain(
			'Keys allowed in safety-net rule "red-flag-emergency": "id", "severity"'
		);
		expectAt(unknown, keyPositionOf(text, 'sevrity'));
	});

	it('explain a missing key with its description, at the object that should hold it', () => {
		const { text, diagnostics } = loadVariant(remove('safetyNet.3.rationale'));
		const [missing, ...rest] = diagnostics;
		expect(rest).toEqual([]);
		expect(missing?.path).toBe('safetyNet.3');
		expect(missing?.message).toBe(
			'Missing required key "rationale" in safety-net rule "worsening". Plain text for clinicians and the safety officer; not shown to patients. Add "rationale" to it.'
		);
		// Rules in the fixture open with "scope", then "id": the brace is two lines above the id.
		expect(missing?.line).toBe(valuePositionOf(text, 'id', '"worsening"').line - 2);
	});

	it('list the allowed values of an enum with a suggestion', () => {
		const { text, diagnostics } = loadVariant(set('stages.0.kind', 'stge'));
		const [error] = diagnostics;
		expect(error?.message).toBe(
			'"stge" is not an allowed value for "kind". Did you mean "stage"? Use one of: "stage", "escalation", "final".'
		);
		expectAt(error, valuePositionOf(text, 'kind', '"stge"'));
	});

	it('report the branch of a condition the author meant, not every branch', () => {
		const { text, diagnostics } = loadVariant(set('safetyNet.1.when.any.0.answer.op', '=>'));
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]?.path).toBe('safetyNet.1.when.any.0.answer.op');
		expect(diagnostics[0]?.message).toContain(
			'"=>" is not an allowed value for "op". Did you mean ">="?'
		);
		expectAt(diagnostics[0], valuePositionOf(text, 'op', '"=>"'));
	});

	it('name an unknown condition key and list the condition keys', () => {
		const { text, diagnostics } = loadVariant(
			set('safetyNet.2.when', { answr: { item: 'x', op: '=', value: true } })
		);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]?.message).toBe(
			'Unknown key "answr". Did you mean "answer"? A condition has exactly one of these keys: "all", "any", "not", "answer", "score", "day", "trend", "flag".'
		);
		expectAt(diagnostics[0], keyPositionOf(text, 'answr'));
	});

	it('explain that a condition has one key, and how to combine two', () => {
		const { diagnostics } = loadVariant(
			set('safetyNet.2.when', {
				answer: { item: 'mh.self-harm-thoughts', op: '=', value: true },
				flag: 'had-flare'
			})
		);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]?.message).toContain('but this one has "answer", "flag". Keep one.');
		expect(diagnostics[0]?.message).toContain('put them in a list under "all"');
	});

	it('say when a condition is empty', () => {
		const { diagnostics } = loadVariant(set('safetyNet.2.when', {}));
		expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
			'This condition is empty. A condition has exactly one of these keys: "all", "any", "not", "answer", "score", "day", "trend", "flag".'
		]);
	});

	it('describe every alternative when a value fits none', () => {
		const { text, diagnostics } = loadVariant(set('safetyNet.2.scope', 'everywhere'));
		expect(diagnostics[0]?.message).toBe(
			'Expected "all" or a list [...] here, but found "everywhere". ("all" (every stage, including the entry screen) or a list of stage ids.)'
		);
		expectAt(diagnostics[0], valuePositionOf(text, 'scope', '"everywhere"'));
	});

	it('suggest a discriminator value of a discriminated union', () => {
		const { diagnostics } = loadVariant(set('questionnaires.0.items.0.type', 'bool'));
		expect(diagnostics[0]?.message).toBe(
			'"bool" is not a known "type". Did you mean "boolean"? Use one of: "boolean", "choice", "integer", "decimal", "display", "group".'
		);
		const trend = loadVariant(set('safetyNet.3.when.trend.kind', 'rse')).diagnostics;
		expect(trend[0]?.message).toContain('Did you mean "rise"?');
	});

	it('suggest a vocabulary code for a misspelt item code', () => {
		const { text, diagnostics } = loadVariant(
			set('questionnaires.0.items.2.code', 'rf.ces.both-leg')
		);
		expect(diagnostics[0]?.message).toContain(
			'Unknown code "rf.ces.both-leg". Did you mean "rf.ces.both-legs"?'
		);
		expectAt(diagnostics[0], positionOf(text, '"rf.ces.both-leg"'));
	});

	it('explain wrong types, formats and sizes in words', () => {
		const { diagnostics } = loadVariant(
			set('stages.1.transitions.0.to', 3),
			set('reviewDue', '2027-13-01'),
			set('safetyNet.6.signposts', []),
			set('questionnaires.2.items.0.min', 0.5),
			append('hazards', 'HAZ-1')
		);
		const byPath = Object.fromEntries(
			diagnostics.map((diagnostic) => [diagnostic.path, diagnostic.message])
		);
		expect(byPath['stages.1.transitions.0.to']).toBe(
			'Expected text in double quotes here, but found 3. (Id of the stage to move to.)'
		);
		expect(byPath['reviewDue']).toBe(
			'"2027-13-01" is not valid here. Use a date like "2026-11-23" (year-month-day).'
		);
		expect(byPath['safetyNet.6.signposts']).toBe(
			'This list cannot be empty: add at least one entry.'
		);
		expect(byPath['questionnaires.2.items.0.min']).toBe(
			'Expected a whole number here, but found 0.5.'
		);
		expect(byPath['hazards.1']).toBe(
			'"HAZ-1" is not valid here. Use a hazard-log id like "HAZ-001".'
		);
	});

	it('point at a string-table key that breaks the key pattern', () => {
		const { text, diagnostics } = loadVariant(set(['strings', 'en', 'Bad Key'], 'x'));
		expect(diagnostics[0]?.message).toContain(
			'The key "Bad Key" is not valid: Use a string key like'
		);
		expectAt(diagnostics[0], keyPositionOf(text, 'Bad Key'));
	});
});
