/**
 * Parsing a pathway, locality, scenario or questionnaire file. Files are strict JSON (no comments,
 * no trailing commas: other tools and the app's build read them with `JSON.parse`), and a key
 * written twice in one object is an error because the second would silently win. The syntax tree
 * is kept so that later findings can be placed at a line and column.
 */
import {
	getNodeValue,
	parseTree,
	printParseErrorCode,
	type Node,
	type ParseError
} from 'jsonc-parser';
import type { Diagnostic, Locate } from './diagnostic.js';
import { createLocator } from './locator.js';
import { createLineIndex, type LineIndex } from './source-text.js';

/** A parsed JSON file with its syntax tree. */
export interface JsonDocument {
	readonly file: string;
	readonly text: string;
	readonly root: Node;
	/** The parsed value (as `JSON.parse` would give it). */
	readonly value: unknown;
	readonly lines: LineIndex;
	readonly locate: Locate;
}

/** The parsed document, or the syntax diagnostics. */
export type ParseJsonResult =
	{ ok: true; document: JsonDocument } | { ok: false; diagnostics: Diagnostic[] };

/** Parses `text` as strict JSON; syntax errors and duplicate keys come back as diagnostics. */
export function parseJsonDocument(file: string, text: string): ParseJsonResult {
	if (text.trim() === '') {
		const message = 'The file is empty. It must hold one JSON object, starting with "{".';
		return {
			ok: false,
			diagnostics: [
				{ file, line: 1, col: 1, path: '', rule: 'json-syntax', severity: 'error', message }
			]
		};
	}
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, {
		disallowComments: true,
		allowTrailingComma: false,
		allowEmptyContent: false
	});
	const lines = createLineIndex(text);
	const diagnostics: Diagnostic[] = [];
	const seenOffsets = new Set<number>();
	for (const error of errors) {
		// One slip (a trailing comma) can raise two parser errors at the same place.
		if (seenOffsets.has(error.offset)) continue;
		seenOffsets.add(error.offset);
		const { line, col } = lines.positionAt(error.offset);
		diagnostics.push({
			file,
			line,
			col,
			path: '',
			rule: 'json-syntax',
			severity: 'error',
			message: describeSyntaxError(text, error)
		});
	}
	if (root === undefined && diagnostics.length === 0) {
		const message = 'The file does not hold a JSON object. It must start with "{".';
		diagnostics.push({
			file,
			line: 1,
			col: 1,
			path: '',
			rule: 'json-syntax',
			severity: 'error',
			message
		});
	}
	if (root === undefined || diagnostics.length > 0) return { ok: false, diagnostics };
	diagnostics.push(...findDuplicateKeys(file, root, lines));
	if (diagnostics.length > 0) return { ok: false, diagnostics };
	const locate = createLocator(root, lines);
	return { ok: true, document: { file, text, root, value: getNodeValue(root), lines, locate } };
}

/** The last character before `offset` that is not white space. */
function previousSignificantChar(text: string, offset: number): string | undefined {
	for (let index = offset - 1; index >= 0; index--) {
		const char = text[index]!;
		if (!/\s/.test(char)) return char;
	}
	return undefined;
}

function describeSyntaxError(text: string, error: ParseError): string {
	const code = printParseErrorCode(error.error);
	const found = text.slice(error.offset, error.offset + Math.max(1, error.length));
	const previous = previousSignificantChar(text, error.offset);
	if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && previous === ',') {
		if (found === '}' || found === ']') {
			return 'Remove the comma before this point: JSON does not allow a comma after the last entry of a list or object.';
		}
		if (found === ',') return 'There are two commas in a row here: remove one.';
	}
	switch (code) {
		case 'InvalidCommentToken':
			return 'Comments are not allowed: pathway files are strict JSON. Remove the comment; put notes for clinicians in a "rationale" or "note" field instead.';
		case 'UnexpectedEndOfComment':
			return 'A comment is not closed, and comments are not allowed anyway: pathway files are strict JSON. Remove it.';
		case 'PropertyNameExpected':
			return `Expected a key in double quotes here (like "id"), but found ${JSON.stringify(found)}. Keys must be written in double quotes.`;
		case 'ValueExpected':
			return `Expected a value here (text in double quotes, a number, true, false, a list [...] or an object {...}), but found ${JSON.stringify(found)}.`;
		case 'ColonExpected':
			return 'Expected a colon ":" between the key and its value.';
		case 'CommaExpected':
			return 'Expected a comma "," here: entries of a list or object are separated by commas. Check the line above for a missing comma.';
		case 'CloseBraceExpected':
			return 'Expected "}" to close this object. Check that every "{" has a matching "}".';
		case 'CloseBracketExpected':
			return 'Expected "]" to close this list. Check that every "[" has a matching "]".';
		case 'EndOfFileExpected':
			return 'Unexpected text after the end of the JSON object. A file holds exactly one object: remove what follows the last "}".';
		case 'UnexpectedEndOfString':
			return 'This text is not closed: add the closing double quote ". Text cannot run over several lines; use \\n for a line break.';
		case 'UnexpectedEndOfNumber':
		case 'InvalidNumberFormat':
			return `${JSON.stringify(found)} is not a valid number. Write numbers like 7, 0.5 or -2 (no leading zeros, no units).`;
		case 'InvalidEscapeCharacter':
			return 'Invalid escape after a backslash. Use \\" for a quote, \\\\ for a backslash, \\n for a new line.';
		case 'InvalidUnicode':
			return 'Invalid \\u escape: write four hex digits, like \\u00e9.';
		case 'InvalidCharacter':
			return 'A control character (such as a tab or line break) is not allowed inside text. Use \\t or \\n instead.';
		case 'InvalidSymbol':
			return `Unexpected ${JSON.stringify(found)}. Text must be in double quotes, and true, false and null are written in lower case.`;
		case '<unknown ParseErrorCode>':
			return `The file is not valid JSON here (${code}).`;
	}
}

/** Every key that appears twice in the same object, reported at its second appearance. */
function findDuplicateKeys(file: string, root: Node, lines: LineIndex): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const visit = (node: Node, path: (string | number)[]): void => {
		if (node.type === 'object') {
			const seen = new Map<string, number>();
			for (const property of node.children ?? []) {
				const keyNode = property.children?.[0];
				const valueNode = property.children?.[1];
				if (keyNode === undefined) continue;
				const key = String(keyNode.value);
				const first = seen.get(key);
				if (first !== undefined) {
					const { line, col } = lines.positionAt(keyNode.offset);
					diagnostics.push({
						file,
						line,
						col,
						path: [...path, key].join('.'),
						rule: 'json-syntax',
						severity: 'error',
						message: `"${key}" appears twice in this object (first on line ${first}); only the last one would be used. Remove or rename one of them.`
					});
				} else {
					seen.set(key, lines.positionAt(keyNode.offset).line);
				}
				if (valueNode !== undefined) visit(valueNode, [...path, key]);
			}
		} else if (node.type === 'array') {
			(node.children ?? []).forEach((child, index) => visit(child, [...path, index]));
		}
	};
	visit(root, []);
	return diagnostics;
}
