/** How diagnostics are printed by `limber pathway check` and `limber pathway lint`. */
import type { Diagnostic } from '../lib/pathway/load/diagnostic.js';
import { plural } from '../lib/pathway/load/suggest.js';

function pathSuffix(diagnostic: Diagnostic): string {
	return diagnostic.path === '' ? '' : `  (${diagnostic.path})`;
}

/** `file:line:col  message  (path)`, as `pathway check` prints errors. */
export function formatCheckLine(diagnostic: Diagnostic): string {
	return `${diagnostic.file}:${diagnostic.line}:${diagnostic.col}  ${diagnostic.message}${pathSuffix(diagnostic)}`;
}

/** `file:line:col  severity  rule  message  (path)`, as `pathway lint` prints findings. */
export function formatLintLine(diagnostic: Diagnostic): string {
	return `${diagnostic.file}:${diagnostic.line}:${diagnostic.col}  ${diagnostic.severity}  ${diagnostic.rule}  ${diagnostic.message}${pathSuffix(diagnostic)}`;
}

/** "2 errors, 1 warning in 3 files" (counts every severity present). */
export function summariseDiagnostics(
	diagnostics: readonly Diagnostic[],
	fileCount: number
): string {
	const count = (severity: Diagnostic['severity']): number =>
		diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
	const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')];
	if (count('info') > 0) parts.push(plural(count('info'), 'note'));
	return `${parts.join(', ')} in ${plural(fileCount, 'file')}.`;
}
