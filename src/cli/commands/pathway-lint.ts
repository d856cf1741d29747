/**
 * `limber pathway lint [paths...] [--json] [--today YYYY-MM-DD]`: everything `pathway check`
 * does, plus the clinical-safety and authoring lint rules. Prints every finding as
 * `file:line:col  severity  rule  message  (path)`, or with `--json` exactly one JSON array of
 * diagnostics on stdout. Exit 1 when any finding is an error.
 */
import { hasErrors, sortDiagnostics } from '../../lib/pathway/load/diagnostic.js';
import { lintPathway } from '../../lib/pathway/lint/lint-pathway.js';
import { LINT_RULES } from '../../lib/pathway/lint/rules.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { formatLintLine, summariseDiagnostics } from '../format-diagnostics.js';
import { parseCliArgs } from '../parse-cli-args.js';
import { selectFiles } from '../select-files.js';
import { loadWorkspace } from '../workspace.js';

const USAGE = `Usage: limber pathway lint [paths...] [--json] [--today YYYY-MM-DD] [--localities <dir>]

Checks pathway, locality and scenario files, then runs the lint rules on each pathway, and
prints each finding as
  file:line:col  severity  rule  message  (path.in.document)
Paths may be files or folders. With no paths, lints everything under pathways/ (conditions,
localities, scenarios and questionnaires).
  --json              print only a JSON array of {file, line, col, path, rule, severity, message}
  --today <date>      the date review-overdue compares with (default: today)
  --localities <dir>  read localities from this folder instead of pathways/localities
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 wrong usage.

Rules:
${LINT_RULES.map((rule) => `  ${rule.id.padEnd(26)}${rule.severity.padEnd(9)}${rule.description}`).join('\n')}`;

/** Today in the local calendar, as YYYY-MM-DD (the CLI may read the clock; the engine may not). */
function localToday(): string {
	const now = new Date();
	const pad = (value: number): string => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isIsoDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** `limber pathway lint`. */
export const pathwayLintCommand: CliCommand = {
	name: 'pathway lint',
	summary: 'Check pathways and run the clinical-safety lint rules.',
	usage: USAGE,
	async run(argv) {
		const args = parseCliArgs(argv, {
			json: { type: 'boolean', default: false },
			today: { type: 'string' },
			localities: { type: 'string' }
		});
		if (!args.ok) {
			process.stderr.write(`${args.message}\n\n${USAGE}\n`);
			return EXIT_USAGE;
		}
		const today = args.values.today ?? localToday();
		if (!isIsoDate(today)) {
			process.stderr.write(`--today must be a date like 2026-11-23, not "${today}".\n`);
			return EXIT_USAGE;
		}
		const selected = await selectFiles({
			paths: args.positionals,
			localitiesDir: args.values.localities,
			includeAllKinds: true
		});
		const workspace = loadWorkspace({
			...selected.files,
			analyse: (loaded, localities) =>
				lintPathway({
					pathway: loaded.value,
					file: loaded.file,
					locate: loaded.locate,
					localities: localities.map((locality) => locality.value),
					today
				})
		});
		const diagnostics = sortDiagnostics([...selected.diagnostics, ...workspace.diagnostics]);
		if (args.values.json) {
			process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
		} else {
			for (const diagnostic of diagnostics) process.stdout.write(`${formatLintLine(diagnostic)}\n`);
			process.stderr.write(`${summariseDiagnostics(diagnostics, workspace.fileCount)}\n`);
		}
		return hasErrors(diagnostics) ? EXIT_FINDINGS : EXIT_OK;
	}
};
