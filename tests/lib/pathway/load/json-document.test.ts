import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../../../../src/lib/pathway/load/json-document.js';

function syntaxErrors(text: string) {
	const result = parseJsonDocument('broken.pathway.json', text);
	expect(result.ok).toBe(false);
	return result.ok ? [] : result.diagnostics;
}

describe('parseJsonDocument', () => {
	it('parses strict JSON and keeps the value', () => {
		const result = parseJsonDocument('ok.json', '{ "id": "x", "days": [0, 14] }');
		expect(result.ok && result.document.value).toEqual({ id: 'x', days: [0, 14] });
	});

	it('rejects comments, with the reason and where', () => {
		const [error, ...rest] = syntaxErrors('{\n\t"id": "x" // the id\n}');
		expect(rest).toEqual([]);
		expect(error).toMatchObject({
			file: 'broken.pathway.json',
			line: 2,
			col: 12,
			rule: 'json-syntax',
			severity: 'error'
		});
		expect(error?.message).toContain('Comments are not allowed');
	});

	it('rejects a trailing comma once, at the closing bracket', () => {
		const [error, ...rest] = syntaxErrors('{\n\t"days": [0, 14,]\n}');
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ line: 2, col: 17 });
		expect(error?.message).toContain('Remove the comma');
	});

	it('says a comma is missing between entries', () => {
		const [error] = syntaxErrors('{\n\t"id": "x"\n\t"version": "1.0.0"\n}');
		expect(error).toMatchObject({ line: 3, col: 2 });
		expect(error?.message).toContain('Expected a comma');
	});

	it('reports a key written twice at its second appearance', () => {
		const [error, ...rest] = syntaxErrors('{\n\t"id": "x",\n\t"stages": [],\n\t"id": "y"\n}');
		expect(rest).toEqual([]);
		expect(error).toMatchObject({ line: 4, col: 2, path: 'id', rule: 'json-syntax' });
		expect(error?.message).toBe(
			'"id" appears twice in this object (first on line 2); only the last one would be used. Remove or rename one of them.'
		);
	});

	it('reports an empty file', () => {
		const [error] = syntaxErrors('   ');
		expect(error?.message).toContain('The file is empty');
	});
});
