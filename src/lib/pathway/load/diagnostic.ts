/**
 * A diagnostic is one finding about a pathway, locality or scenario file, placed at a line and
 * column so that an editor or terminal can jump to it. Loaders, reference checks and lint rules
 * all speak this one shape, and `limber pathway lint --json` prints it unchanged.
 */
import { z } from 'zod';

/** How serious a finding is: errors fail `limber pathway lint` and the build. */
export const DIAGNOSTIC_SEVERITIES = ['error', 'warning', 'info'] as const;
/** One of `DIAGNOSTIC_SEVERITIES`. */
export type DiagnosticSeverity = (typeof DIAGNOSTIC_SEVERITIES)[number];

/** A located finding, as `limber pathway lint --json` prints it. */
export const DiagnosticSchema = z.strictObject({
	/** The file the finding is in, as the caller named it (the CLI uses paths relative to cwd). */
	file: z.string(),
	/** 1-based line. */
	line: z.int().min(1),
	/** 1-based column, in UTF-16 code units as editors count them. */
	col: z.int().min(1),
	/** Where in the document, dotted with numeric indexes: `stages.2.transitions.0.to`. */
	path: z.string(),
	/** `json-syntax`, `schema`, `reference`, or a lint rule id. */
	rule: z.string().min(1),
	severity: z.enum(DIAGNOSTIC_SEVERITIES),
	/** What is wrong and how to fix it, in plain English for clinicians. */
	message: z.string().min(1)
});
/** A located finding. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** One step of a path into a JSON document: an object key or an array index. */
export type PathSegment = string | number;

/** A path into a JSON document. */
export type DocumentPath = readonly PathSegment[];

/** A position in a file. `file` is set when the path leads into another file (an include). */
export interface SourcePosition {
	readonly line: number;
	readonly col: number;
	readonly file?: string;
}

/**
 * Finds where a path is in the source. Paths may be arrays or dotted strings
 * (`stages.2.transitions.0.to`); a path that does not exist is placed at its nearest existing
 * parent, so a missing key points at the object that should hold it. With `at: 'key'` a path
 * that ends at an object property points at the key instead of the value (for unknown keys).
 */
export type Locate = (
	path: DocumentPath | string,
	options?: { readonly at?: 'key' | 'value' }
) => SourcePosition;

/** Writes a path the way diagnostics show it: `stages.2.transitions.0.to`. */
export function formatPath(path: DocumentPath | string): string {
	return typeof path === 'string' ? path : path.join('.');
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/** Orders diagnostics by file, line and column so output reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.col - b.col ||
			a.rule.localeCompare(b.rule)
	);
}

/** Everything needed to build diagnostics for one document. */
export interface DiagnosticSink {
	readonly file: string;
	readonly locate: Locate;
}

/** Builds a diagnostic placed at `path` through `locate`. */
export function createDiagnostic(
	sink: DiagnosticSink,
	fields: {
		path: DocumentPath | string;
		rule: string;
		severity: DiagnosticSeverity;
		message: string;
		at?: 'key' | 'value';
	}
): Diagnostic {
	const position = sink.locate(fields.path, { at: fields.at });
	return {
		file: position.file ?? sink.file,
		line: position.line,
		col: position.col,
		path: formatPath(fields.path),
		rule: fields.rule,
		severity: fields.severity,
		message: fields.message
	};
}
