import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checkLocalities,
	type LoadedLocality
} from '../../../../src/lib/pathway/load/check-localities.js';
import { loadLocality } from '../../../../src/lib/pathway/load/load-locality.js';
import {
	FIXTURES,
	positionOf,
	toJsonText,
	type JsonValue
} from '../../../fixtures/pathway-fixture.js';

function readLocality(id: string): Record<string, JsonValue> {
	return JSON.parse(readFileSync(`${FIXTURES}localities/${id}.locality.json`, 'utf8')) as Record<
		string,
		JsonValue
	>;
}

function load(file: string, data: Record<string, JsonValue>): LoadedLocality & { text: string } {
	const text = toJsonText(data);
	const result = loadLocality({ file, text });
	if (!result.ok)
		throw new Error(result.diagnostics.map((diagnostic) => diagnostic.message).join('\n'));
	return { file, value: result.value, locate: result.locate, text };
}

describe('checkLocalities', () => {
	it('accepts the fixture localities', () => {
		const localities = ['national', 'riverside-example'].map((id) =>
			load(`${id}.locality.json`, readLocality(id))
		);
		expect(checkLocalities(localities)).toEqual([]);
	});

	it('reports a postcode district claimed by two localities, naming the other', () => {
		const riverside = load('riverside-example.locality.json', readLocality('riverside-example'));
		const other = load('hillside-example.locality.json', {
			...readLocality('riverside-example'),
			id: 'hillside-example',
			postcodeDistricts: ['LS9', 'LS6']
		});
		const diagnostics = checkLocalities([
			load('national.locality.json', readLocality('national')),
			riverside,
			other
		]);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({
			file: 'hillside-example.locality.json',
			path: 'postcodeDistricts.1',
			rule: 'reference',
			severity: 'error',
			...positionOf(other.text, '"LS6"')
		});
		expect(diagnostics[0]?.message).toBe(
			`The postcode district "LS6" is already listed in locality "riverside-example" (riverside-example.locality.json:${positionOf(riverside.text, '"LS6"').line}). A district belongs to exactly one locality: remove it from one of them.`
		);
	});

	it('requires a national locality with the national entries and no districts', () => {
		expect(checkLocalities([], { fallbackFile: 'pathways/localities' })).toEqual([
			expect.objectContaining({ file: 'pathways/localities', line: 1, col: 1 })
		]);
		const national = readLocality('national');
		const diagnostics = checkLocalities([
			load('national.locality.json', {
				...national,
				postcodeDistricts: ['LS1'],
				services: {
					'call-999': (national.services as Record<string, JsonValue>)['call-999'] ?? null
				}
			})
		]);
		expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
			'The national locality covers everyone and lists no postcode districts. Move these districts to a local locality file.',
			'The national locality must list "nhs-111": every patient falls back to it (see safety-facts.md section 2).',
			'The national locality must list "mental-health-crisis": every patient falls back to it (see safety-facts.md section 2).'
		]);
	});

	it('warns when a file is not named after its locality id', () => {
		const diagnostics = checkLocalities([
			load('national.locality.json', readLocality('national')),
			load('riverside.locality.json', readLocality('riverside-example'))
		]);
		expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', path: 'id' })]);
		expect(diagnostics[0]?.message).toContain(
			'rename this file to "riverside-example.locality.json"'
		);
	});
});

describe('loadLocality', () => {
	it('suggests a signpost category for an unknown services key', () => {
		const data = readLocality('riverside-example');
		const services = data.services as Record<string, JsonValue>;
		const text = toJsonText({
			...data,
			services: { ...services, 'talking-therapy': services['talking-therapies'] ?? null }
		});
		const result = loadLocality({ file: 'x.locality.json', text });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.diagnostics[0]?.message).toContain(
			'Unknown key "talking-therapy". Did you mean "talking-therapies"?'
		);
		expect(result.diagnostics[0]).toMatchObject(positionOf(text, '"talking-therapy"'));
	});

	it('explains a full postcode where a district is expected', () => {
		const text = toJsonText({
			...readLocality('riverside-example'),
			postcodeDistricts: ['LS6 1AB']
		});
		const result = loadLocality({ file: 'x.locality.json', text });
		expect(!result.ok && result.diagnostics[0]?.message).toBe(
			'"LS6 1AB" is not valid here. Use an outward code (postcode district) in capitals, like "LS6" or "CF10". Never a full postcode.'
		);
	});
});
