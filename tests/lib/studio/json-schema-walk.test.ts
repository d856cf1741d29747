/** The studio's reading of the generated JSON Schema: paths, completion data, help, key order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	describePath,
	formatCanonicalJson,
	listAllowedValues,
	listProperties,
	schemasAtPath,
	type SchemaNode
} from '../../../src/lib/studio/json-schema-walk.js';

const ROOT = join(import.meta.dirname, '../../..');
const schema = JSON.parse(
	readFileSync(join(ROOT, 'pathways/schema/pathway.schema.json'), 'utf8')
) as SchemaNode;

describe('the schema at a path', () => {
	it('lists the top-level properties of a pathway in the schema order, required ones marked', () => {
		const properties = listProperties(schema, []);
		expect(properties.slice(0, 4).map((p) => p.name)).toEqual([
			'$schema',
			'id',
			'version',
			'status'
		]);
		expect(properties.find((p) => p.name === 'stages')?.required).toBe(true);
	});

	it('follows arrays and references into a stage', () => {
		const names = listProperties(schema, ['stages', 0]).map((p) => p.name);
		expect(names).toEqual(
			expect.arrayContaining(['id', 'kind', 'title', 'transitions', 'maxDays'])
		);
	});

	it('offers the allowed values of an enum', () => {
		expect(listAllowedValues(schema, ['stages', 3, 'kind'])).toEqual([
			'stage',
			'escalation',
			'final'
		]);
		expect(listAllowedValues(schema, ['status'])).toEqual(['draft', 'active', 'retired']);
	});

	it('spreads the branches of a condition so every condition key is offered', () => {
		const names = listProperties(schema, ['stages', 0, 'transitions', 0, 'when']).map(
			(p) => p.name
		);
		expect(names).toEqual(
			expect.arrayContaining(['all', 'any', 'not', 'answer', 'score', 'day', 'trend', 'flag'])
		);
	});

	it('finds nothing under a property the schema does not have', () => {
		expect(schemasAtPath(schema, ['nonsense', 'deeper'])).toEqual([]);
	});

	it("gives a property's description as help", () => {
		expect(describePath(schema, ['condition'])).toMatch(/Where it hurts/);
		expect(describePath(schema, ['stages', 1, 'maxDays'])).toMatch(/stage\.elapsed/);
	});
});

describe('canonical JSON', () => {
	it('puts keys in the schema order, unknown keys last, and keeps every value', () => {
		const text = formatCanonicalJson(schema, { stages: [], extra: 1, version: '1.0.0', id: 'x' });
		expect(text).toBe('{\n\t"id": "x",\n\t"version": "1.0.0",\n\t"stages": [],\n\t"extra": 1\n}\n');
	});

	it('writes short arrays of plain values on one line and long ones over several', () => {
		const short = formatCanonicalJson(schema, { locales: ['en', 'cy'] });
		expect(short).toBe('{\n\t"locales": ["en", "cy"]\n}\n');
		const many = Array.from({ length: 30 }, (_, i) => `HAZ-${String(i).padStart(3, '0')}`);
		const long = formatCanonicalJson(schema, { hazards: many });
		// "{", the key line, 30 items, "]", "}" and the final newline's empty rest.
		expect(long.split('\n')).toHaveLength(30 + 5);
	});

	it('gives the same text for a shipped pathway however its keys were ordered', () => {
		const text = readFileSync(join(ROOT, 'pathways/conditions/knee-pain.pathway.json'), 'utf8');
		const value = JSON.parse(text) as Record<string, unknown>;
		const reversed = Object.fromEntries(Object.entries(value).reverse());
		const once = formatCanonicalJson(schema, value);
		expect(formatCanonicalJson(schema, reversed)).toBe(once);
		expect(formatCanonicalJson(schema, JSON.parse(once))).toBe(once);
		expect(JSON.parse(once)).toEqual(value);
	});
});
