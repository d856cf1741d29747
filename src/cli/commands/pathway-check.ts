/**
 * `limber pathway check [paths...]`: load pathway files (and the localities they rely on), check
 * them against the schema and their internal references, and print every error as
 * `file:line:col  message  (path)`. Exit 1 when there is an error.
 */
import { hasErrors, sortDiagnostics } from '../../lib/pathway/load/diagnostic.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { plural } from '../../lib/pathway/load/suggest.js';
import { formatCheckLine } from '../format-diagnostics.js';
import { parseCliArgs } from '../parse-cli-args.js';
import { selectFiles } from '../select-files.js';
import { loadWorkspace } from '../workspace.js';

const USAGE = `Usage: limber pathway check [paths...] [--localities <dir>]

Checks pathway files against the format and their internal references (stage ids, string keys,
items named by conditions, ...) and prints each error as
  file:line:col  message  (path.in.document)
Paths may be files or folders; scenario, locality and questionnaire files are checked too.
With no paths, checks every pathways/conditions/*.pathway.json. Localities are read from
pathways/localities.
  --localities <dir>  read localities from this folder instead
Exit status: 0 no errors, 1 errors found, 2 wrong usage.`;

/** `limber pathway check`. */
export const pathwayCheckCommand: CliCommand = {
	name: 'pathway check',
	summary: 'Check pathway files against the format and their internal references.',
	usage: USAGE,
	async run(argv) {
		const args = parseCliArgs(argv, { localities: { type: 'string' } });
		if (!args.ok) {
			process.stderr.write(`${args.message}\n\n${USAGE}\n`);
			return EXIT_USAGE;
		}
		const selected = await selectFiles({
			paths: args.positionals,
			localitiesDir: args.values.localities,
			includeAllKinds: false
		});
		if (selected.files.pathways.length === 0 && args.positionals.length === 0) {
			process.stderr.write('No pathway files found in pathways/conditions.\n');
			return EXIT_OK;
		}
		const workspace = loadWorkspace(selected.files);
		const errors = sortDiagnostics([...selected.diagnostics, ...workspace.diagnostics]).filter(
			(diagnostic) => diagnostic.severity === 'error'
		);
		for (const diagnostic of errors) process.stdout.write(`${formatCheckLine(diagnostic)}\n`);
		process.stderr.write(
			`${errors.length === 0 ? 'No errors' : plural(errors.length, 'error')} in ${plural(workspace.fileCount, 'file')}.\n`
		);
		return hasErrors(errors) ? EXIT_FINDINGS : EXIT_OK;
	}
};
