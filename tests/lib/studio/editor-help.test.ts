/** What the editor offers at the cursor, and where diagnostics land in its text. */
import { Text } from '@codemirror/state';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	completeAt,
	helpAt,
	offsetOf,
	toEditorDiagnostics
} from '../../../src/lib/studio/editor-help.js';
import type { SchemaNode } from '../../../src/lib/studio/json-schema-walk.js';

const ROOT = join(import.meta.dirname, '../../..');
const schema = JSON.parse(
	readFileSync(join(ROOT, 'pathways/schema/pathway.schema.json'), 'utf8')
) as SchemaNode;

describe('completion', () => {
	it('offers the property names not yet written, replacing the word typed so far', () => {
		const text = '{\n\t"id": "x",\n\t"ve';
		const found = completeAt(schema, text, text.length);
		expect(found.from).toBe(text.length - 3);
		const labels = found.options.map((o) => o.label);
		expect(labels).toContain('version');
		expect(labels).not.toContain('id');
		expect(found.options.find((o) => o.label === 'version')?.insert).toBe('"version": ');
	});

	it('offers the allowed values of an enum in value position', () => {
		const text = '{\n\t"stages": [{ "kind": "';
		const found = completeAt(schema, text, text.length);
		expect(found.options.map((o) => o.insert)).toEqual(['"stage"', '"escalation"', '"final"']);
	});
});

describe('hover help', () => {
	it('describes the property under the cursor, key or value', () => {
		const text = '{\n\t"condition": "knee"\n}';
		expect(helpAt(schema, text, text.indexOf('condition') + 2)).toMatch(/Where it hurts/);
		expect(helpAt(schema, text, text.indexOf('knee') + 1)).toMatch(/Where it hurts/);
	});

	it('has nothing to say about an unknown property', () => {
		const text = '{\n\t"colour": "red"\n}';
		expect(helpAt(schema, text, text.indexOf('colour') + 1)).toBeUndefined();
	});
});

describe('diagnostics in the editor', () => {
	const doc = Text.of(['{', '\t"version": "x1.0.0",', '\t"id": 3', '}']);

	it('underlines the token at the reported line and column', () => {
		const [placed] = toEditorDiagnostics(doc, [
			{
				file: 'f',
				line: 2,
				col: 13,
				path: 'version',
				rule: 'schema',
				severity: 'error',
				message: 'Bad version.'
			}
		]);
		expect(doc.sliceString(placed?.from ?? 0, placed?.to ?? 0)).toBe('"x1.0.0"');
		expect(placed).toMatchObject({ severity: 'error', message: 'Bad version.', source: 'schema' });
	});

	it('keeps a position past the end of the document inside it', () => {
		const [placed] = toEditorDiagnostics(doc, [
			{ file: 'f', line: 99, col: 99, path: '', rule: 'schema', severity: 'warning', message: 'm' }
		]);
		expect(placed?.from).toBeLessThanOrEqual(doc.length);
		expect(placed?.to).toBeLessThanOrEqual(doc.length);
	});

	it('turns a line and column into an offset', () => {
		expect(offsetOf(doc, 3, 2)).toBe(doc.line(3).from + 1);
	});
});
