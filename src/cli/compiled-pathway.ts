/**
 * Loading one pathway for the commands that run it (simulate, diagram, fhir): it must pass the
 * schema and reference checks and compile, or the command prints located errors and stops.
 */
import { compilePathway, type CompiledPathway } from '../lib/pathway/compile.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../lib/pathway/load/diagnostic.js';
import { listFiles } from './files.js';
import { formatCheckLine } from './format-diagnostics.js';
import { DEFAULT_DIRS } from './select-files.js';
import { FILE_SUFFIXES, loadWorkspace, type LoadedPathwayFile } from './workspace.js';

export type CompiledPathwayFile =
	| { ok: true; file: LoadedPathwayFile; compiled: CompiledPathway }
	| { ok: false; diagnostics: Diagnostic[] };

/** Loads, checks and compiles the pathway in `file` (with any scenarios to check against it). */
export async function loadCompiledPathway(
	file: string,
	scenarios: readonly string[] = []
): Promise<CompiledPathwayFile> {
	const workspace = loadWorkspace({
		pathways: [file],
		localities: await listFiles(DEFAULT_DIRS.localities, FILE_SUFFIXES.locality),
		scenarios,
		questionnaires: [],
		localitiesDir: DEFAULT_DIRS.localities,
		conditionsDir: DEFAULT_DIRS.conditions
	});
	const errors = sortDiagnostics(workspace.diagnostics).filter((d) => d.severity === 'error');
	const loaded = workspace.pathways[0];
	if (hasErrors(errors) || loaded === undefined) return { ok: false, diagnostics: errors };
	const result = compilePathway(loaded.value);
	if (!result.ok) {
		return {
			ok: false,
			diagnostics: result.errors.map((error) => {
				const at = loaded.locate(error.path);
				return {
					file: at.file ?? loaded.file,
					line: at.line,
					col: at.col,
					path: error.path.join('.'),
					rule: 'compile',
					severity: 'error' as const,
					message: error.message
				};
			})
		};
	}
	return { ok: true, file: loaded, compiled: result.compiled };
}

/** Prints errors as `file:line:col  message  (path)` to stderr. */
export function printErrors(diagnostics: readonly Diagnostic[]): void {
	for (const diagnostic of diagnostics) process.stderr.write(`${formatCheckLine(diagnostic)}\n`);
}
