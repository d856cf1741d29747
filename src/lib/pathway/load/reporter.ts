/** Collecting diagnostics for one document and one rule id. */
import {
	createDiagnostic,
	type Diagnostic,
	type DiagnosticSeverity,
	type DiagnosticSink,
	type DocumentPath
} from './diagnostic.js';

/** Adds located diagnostics to a list. */
export interface Reporter {
	readonly diagnostics: Diagnostic[];
	report(
		path: DocumentPath | string,
		message: string,
		options?: { severity?: DiagnosticSeverity; at?: 'key' | 'value' }
	): void;
}

/** A reporter whose diagnostics carry `rule` and, unless told otherwise, `severity`. */
export function createReporter(
	sink: DiagnosticSink,
	rule: string,
	severity: DiagnosticSeverity = 'error'
): Reporter {
	const diagnostics: Diagnostic[] = [];
	return {
		diagnostics,
		report(path, message, options) {
			diagnostics.push(
				createDiagnostic(sink, {
					path,
					rule,
					severity: options?.severity ?? severity,
					message,
					at: options?.at
				})
			);
		}
	};
}
