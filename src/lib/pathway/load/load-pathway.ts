/**
 * Loading a pathway file. Questionnaires written as `{ "include": "../questionnaires/x.json" }`
 * are read through the caller's `readInclude` (the CLI reads from disk, the studio from its
 * editor buffers), checked on their own so that their diagnostics point into their own file, and
 * put in place before the whole pathway is checked against `PathwaySchema`.
 */
import { PathwayFileSchema, PathwaySchema, type Pathway } from '../schema/pathway-schema.js';
import type { Questionnaire } from '../schema/questionnaire-schema.js';
import { createDiagnostic, type Diagnostic, type DocumentPath, type Locate } from './diagnostic.js';
import { parseJsonDocument, type JsonDocument } from './json-document.js';
import { validateDocument } from './load-document.js';
import { loadQuestionnaire } from './load-questionnaire.js';
import { resolveRelativePath } from './relative-path.js';
import { quote } from './suggest.js';

/** Reads a file named relative to the pathway file; undefined when it does not exist. */
export type ReadInclude = (relativePath: string) => string | undefined;

/** What `loadPathway` needs. */
export interface LoadPathwayInput {
	/** The pathway file's name as diagnostics should show it (the CLI passes a path relative to cwd). */
	readonly file: string;
	readonly text: string;
	/** Reads included questionnaire files; without it, an include is an error. */
	readonly readInclude?: ReadInclude;
}

/** A questionnaire pulled in from its own file. */
export interface IncludedQuestionnaire {
	/** Index in the pathway's `questionnaires` list. */
	readonly index: number;
	/** The included file, resolved against the pathway file's folder. */
	readonly file: string;
	readonly questionnaire: Questionnaire;
}

/** The checked pathway with its locator and includes, or every diagnostic found. */
export type LoadPathwayResult =
	| {
			ok: true;
			value: Pathway;
			/** Places a path of the resolved pathway; paths into an include point into its file. */
			locate: Locate;
			includes: IncludedQuestionnaire[];
	  }
	| { ok: false; diagnostics: Diagnostic[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses a pathway file, resolves its includes and checks it. */
export function loadPathway(input: LoadPathwayInput): LoadPathwayResult {
	const parsed = parseJsonDocument(input.file, input.text);
	if (!parsed.ok) return parsed;
	const document = parsed.document;
	const diagnostics: Diagnostic[] = [];
	const included = new Map<number, Locate>();
	const includes: IncludedQuestionnaire[] = [];
	let data = document.value;

	if (isPlainObject(data) && Array.isArray(data.questionnaires)) {
		const questionnaires: unknown[] = [...(data.questionnaires as unknown[])];
		let unresolved = false;
		questionnaires.forEach((entry, index) => {
			if (!isPlainObject(entry) || !Object.hasOwn(entry, 'include')) return;
			if (typeof entry.include !== 'string') {
				// Leave it to the schema check below, which explains what an include looks like.
				unresolved = true;
				return;
			}
			const outcome = resolveInclude(input, document, entry.include, index);
			if (!outcome.ok) {
				diagnostics.push(...outcome.diagnostics);
				unresolved = true;
				return;
			}
			included.set(index, outcome.locate);
			includes.push({ index, file: outcome.file, questionnaire: outcome.questionnaire });
			questionnaires[index] = outcome.questionnaire;
		});
		data = { ...data, questionnaires };
		if (unresolved) {
			// Still check the rest of the file so that every problem is reported in one run.
			const rest = validateDocument(PathwayFileSchema, document, data);
			if (!rest.ok) diagnostics.push(...rest.diagnostics);
			return { ok: false, diagnostics };
		}
	}

	const locate = createPathwayLocator(document.locate, included);
	const checked = validateDocument(PathwaySchema, { file: input.file, locate }, data);
	if (!checked.ok) return { ok: false, diagnostics: [...diagnostics, ...checked.diagnostics] };
	return { ok: true, value: checked.value, locate, includes };
}

type IncludeOutcome =
	| { ok: true; file: string; locate: Locate; questionnaire: Questionnaire }
	| { ok: false; diagnostics: Diagnostic[] };

function resolveInclude(
	input: LoadPathwayInput,
	document: JsonDocument,
	relativePath: string,
	index: number
): IncludeOutcome {
	const at = ['questionnaires', index, 'include'];
	const fail = (message: string): IncludeOutcome => ({
		ok: false,
		diagnostics: [
			createDiagnostic(
				{ file: input.file, locate: document.locate },
				{ path: at, rule: 'reference', severity: 'error', message }
			)
		]
	});
	if (input.readInclude === undefined) {
		return fail(
			`Cannot read the included questionnaire ${quote(relativePath)} here. Load this pathway with the limber command, which reads included files.`
		);
	}
	const file = resolveRelativePath(input.file, relativePath);
	const text = input.readInclude(relativePath);
	if (text === undefined) {
		return fail(
			`Cannot find the included questionnaire ${quote(relativePath)} (looked for ${file}). The path is relative to this pathway file, like "../questionnaires/mskhq.questionnaire.json".`
		);
	}
	const loaded = loadQuestionnaire({ file, text });
	if (!loaded.ok) return loaded;
	const locate: Locate = (path, options) => ({ ...loaded.locate(path, options), file });
	return { ok: true, file, locate, questionnaire: loaded.value };
}

/** Splits a dotted path's leading `questionnaires.<n>` off so includes can be recognised. */
function leadingQuestionnaireIndex(
	path: DocumentPath | string
): { index: number; rest: DocumentPath | string } | undefined {
	if (typeof path === 'string') {
		const match = /^questionnaires\.(\d+)(?:\.(.*))?$/.exec(path);
		if (match === null) return undefined;
		return { index: Number(match[1]), rest: match[2] ?? '' };
	}
	if (path[0] !== 'questionnaires' || typeof path[1] !== 'number') return undefined;
	return { index: path[1], rest: path.slice(2) };
}

function createPathwayLocator(
	locatePathway: Locate,
	included: ReadonlyMap<number, Locate>
): Locate {
	return (path, options) => {
		const split = leadingQuestionnaireIndex(path);
		const locateInclude = split === undefined ? undefined : included.get(split.index);
		if (split === undefined || locateInclude === undefined) return locatePathway(path, options);
		return locateInclude(split.rest, options);
	};
}
