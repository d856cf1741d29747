import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../../../../src/lib/pathway/load/json-document.js';
import { createLineIndex } from '../../../../src/lib/pathway/load/source-text.js';

const TEXT = [
	'{',
	'\t"stages": [',
	'\t\t{ "id": "early", "transitions": [{ "on": "day", "to": "later" }] }',
	'\t],',
	'\t"strings": { "en": { "advice.rest.title": "Rest" } }',
	'}'
].join('\n');

function locateIn(text: string) {
	const parsed = parseJsonDocument('x.json', text);
	if (!parsed.ok) throw new Error('fixture text must parse');
	return parsed.document.locate;
}

describe('createLineIndex', () => {
	it('gives 1-based lines and columns for offsets, across \\n and \\r\\n', () => {
		const index = createLineIndex('ab\ncd\r\nef');
		expect(index.positionAt(0)).toEqual({ line: 1, col: 1 });
		expect(index.positionAt(4)).toEqual({ line: 2, col: 2 });
		expect(index.positionAt(7)).toEqual({ line: 3, col: 1 });
	});
});

describe('the document locator', () => {
	const locate = locateIn(TEXT);

	it('points at the value of an existing path, given as an array or a dotted string', () => {
		expect(locate(['stages', 0, 'transitions', 0, 'to'])).toEqual({ line: 3, col: 57 });
		expect(locate('stages.0.transitions.0.to')).toEqual({ line: 3, col: 57 });
	});

	it('points at the key instead when asked', () => {
		expect(locate('stages.0.transitions.0.to', { at: 'key' })).toEqual({ line: 3, col: 51 });
	});

	it('finds keys that contain dots in string paths', () => {
		expect(locate('strings.en.advice.rest.title')).toEqual({ line: 5, col: 44 });
	});

	it('places a missing key at the object that should hold it', () => {
		expect(locate('stages.0.maxDays')).toEqual({ line: 3, col: 3 });
		expect(locate(['stages', 7, 'id'])).toEqual({ line: 2, col: 12 });
		expect(locate('')).toEqual({ line: 1, col: 1 });
	});
});
