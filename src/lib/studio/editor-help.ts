/**
 * What the studio's CodeMirror editor knows about pathways: completion of property names and
 * allowed values from the generated JSON Schema at the cursor's JSON path (jsonc-parser's
 * `getLocation`), hover help from the schema's descriptions, and the checker's diagnostics
 * placed on the text. Plain functions over text and positions, so tests need no browser.
 */
import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { getLocation } from 'jsonc-parser';
import type { Diagnostic } from '../pathway/load/diagnostic.js';
import {
	describePath,
	listAllowedValues,
	listProperties,
	type SchemaNode
} from './json-schema-walk.js';

/** One completion offered at the cursor. */
export interface SchemaCompletion {
	/** What is inserted: a quoted property name with `": "`, or a JSON value. */
	readonly insert: string;
	/** What the list shows. */
	readonly label: string;
	readonly detail: string | undefined;
	readonly kind: 'property' | 'value';
}

/** The completions at `offset`, and where the text they replace starts. */
export interface CompletionsAt {
	readonly from: number;
	readonly options: SchemaCompletion[];
}

/** Completions for the JSON path at `offset` in `text`. */
export function completeAt(schema: SchemaNode, text: string, offset: number): CompletionsAt {
	const before = text.slice(0, offset);
	// The word being typed, with its opening quote if any.
	const word = /"?[\w$.-]*$/.exec(before)?.[0] ?? '';
	const from = offset - word.length;
	const location = getLocation(text, offset);
	const path = location.path;
	if (location.isAtPropertyKey) {
		const existing = existingKeys(text, from);
		const options = listProperties(schema, path.slice(0, -1))
			.filter((property) => !existing.has(property.name))
			.map((property): SchemaCompletion => ({
				insert: `"${property.name}": `,
				label: property.name,
				detail: property.required ? 'required' : undefined,
				kind: 'property'
			}));
		return { from, options };
	}
	const options = listAllowedValues(schema, path).map((value): SchemaCompletion => ({
		insert: JSON.stringify(value),
		label: JSON.stringify(value),
		detail: undefined,
		kind: 'value'
	}));
	return { from, options };
}

/** The schema's description of whatever is at `offset` (a key or its value). */
export function helpAt(schema: SchemaNode, text: string, offset: number): string | undefined {
	const path = getLocation(text, offset).path;
	// Inside an array of plain values the last step is an index: describe the array.
	for (let end = path.length; end > 0; end -= 1) {
		const description = describePath(schema, path.slice(0, end));
		if (description !== undefined) return description;
		if (typeof path[end - 1] !== 'number') return undefined;
	}
	return undefined;
}

/**
 * Places the checker's diagnostics on the editor's text: from the reported line and column to
 * the end of the token there (a word, string or number), at least one character.
 */
export function toEditorDiagnostics(
	doc: Text,
	diagnostics: readonly Diagnostic[]
): EditorDiagnostic[] {
	return diagnostics.map((diagnostic) => {
		const line = doc.line(Math.min(Math.max(diagnostic.line, 1), doc.lines));
		const from = Math.min(line.from + diagnostic.col - 1, line.to);
		const rest = doc.sliceString(from, line.to);
		const token = /^("(?:[^"\\]|\\.)*"|[\w.+-]+)/.exec(rest)?.[0] ?? rest.slice(0, 1);
		return {
			from,
			to: Math.min(from + Math.max(token.length, 1), doc.length),
			severity: diagnostic.severity,
			source: diagnostic.rule,
			message: diagnostic.message
		};
	});
}

/** Offset of a 1-based line and column in `doc`, clamped to the document. */
export function offsetOf(doc: Text, line: number, col: number): number {
	const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
	return Math.min(at.from + Math.max(col, 1) - 1, at.to);
}

/** Keys already written in the object around `offset` (not offered again). */
function existingKeys(text: string, offset: number): Set<string> {
	// Walk outwards to the object's opening brace, skipping nested objects and arrays and strings.
	let depth = 0;
	let start = -1;
	for (let i = offset - 1; i >= 0; i -= 1) {
		const char = text[i];
		if (char === '}' || char === ']') depth += 1;
		else if (char === '{' || char === '[') {
			if (depth === 0) {
				start = char === '{' ? i : -1;
				break;
			}
			depth -= 1;
		}
	}
	if (start < 0) return new Set();
	const keys = new Set<string>();
	let nested = 0;
	const pattern = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}[\]]/g;
	pattern.lastIndex = start + 1;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		const token = match[0];
		if (token === '{' || token === '[') nested += 1;
		else if (token === '}' || token === ']') {
			if (nested === 0) break;
			nested -= 1;
		} else if (nested === 0 && match[2] === ':' && match[1] !== undefined) keys.add(match[1]);
	}
	return keys;
}
