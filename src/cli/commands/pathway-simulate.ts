/**
 * `limber pathway simulate <pathway> [scenario...] [--json]`: runs scenarios through the real
 * engine and checks what the pathway did against what each scenario expects.
 */
import { loadScenario } from '../../lib/pathway/load/load-scenario.js';
import { runScenario, type ScenarioResult } from '../../lib/pathway/simulate.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { loadCompiledPathway, printErrors } from '../compiled-pathway.js';
import { listFiles, readTextFile } from '../files.js';
import { parseCliArgs } from '../parse-cli-args.js';
import { DEFAULT_DIRS } from '../select-files.js';
import { FILE_SUFFIXES } from '../workspace.js';

const USAGE = `Usage: limber pathway simulate <pathway> [scenario...] [--json]

Runs each scenario (a simulated patient's answers, day by day) through the pathway and checks
the escalations, signposts and stages it expects. With no scenarios, runs every
pathways/scenarios/<pathway-id>.*.scenario.json.
  --json  print [{scenario, passed, failures, steps: [{day, stage, escalations}]}]
Exit status: 0 every scenario passed, 1 a scenario failed or a file has errors, 2 wrong usage.`;

/** `limber pathway simulate`. */
export const pathwaySimulateCommand: CliCommand = {
	name: 'pathway simulate',
	summary: 'Run scenarios through a pathway and check what it does.',
	usage: USAGE,
	async run(argv) {
		const args = parseCliArgs(argv, { json: { type: 'boolean' } });
		if (!args.ok || args.positionals.length === 0) {
			process.stderr.write(`${args.ok ? 'Name a pathway file.' : args.message}\n\n${USAGE}\n`);
			return EXIT_USAGE;
		}
		const [pathwayFile, ...given] = args.positionals as [string, ...string[]];
		const first = await loadCompiledPathway(pathwayFile);
		if (!first.ok) {
			printErrors(first.diagnostics);
			return EXIT_FINDINGS;
		}
		const scenarioFiles =
			given.length > 0
				? given
				: (await listFiles(DEFAULT_DIRS.scenarios, FILE_SUFFIXES.scenario)).filter((file) =>
						file.split('/').at(-1)?.startsWith(`${first.compiled.pathway.id}.`)
					);
		// Check the scenarios against the pathway (answers name items, stages exist) before running.
		const checked = await loadCompiledPathway(pathwayFile, scenarioFiles);
		if (!checked.ok) {
			printErrors(checked.diagnostics);
			return EXIT_FINDINGS;
		}
		const results: ScenarioResult[] = [];
		for (const file of scenarioFiles) {
			const loaded = loadScenario({ file, text: readTextFile(file) ?? '' });
			if (!loaded.ok) {
				printErrors(loaded.diagnostics);
				return EXIT_FINDINGS;
			}
			results.push(runScenario(checked.compiled, loaded.value));
		}
		if (args.values.json === true) {
			const report = results.map(({ scenario, passed, failures, steps }) => ({
				scenario,
				passed,
				failures,
				steps
			}));
			process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
		} else {
			for (const result of results) process.stdout.write(formatResult(result));
			const failed = results.filter((r) => !r.passed).length;
			process.stderr.write(
				`${results.length - failed} of ${results.length} scenario${results.length === 1 ? '' : 's'} passed.\n`
			);
		}
		return results.every((r) => r.passed) ? EXIT_OK : EXIT_FINDINGS;
	}
};

function formatResult(result: ScenarioResult): string {
	const lines = [`${result.passed ? 'PASS' : 'FAIL'}  ${result.scenario}`];
	for (const step of result.steps) {
		const fired = step.escalations.map(
			(e) => `${e.severity} ${e.rule} (${e.signposts.join(', ')})`
		);
		lines.push(
			`        day ${step.day}: ${step.stage}${fired.length > 0 ? `  ${fired.join('; ')}` : ''}`
		);
	}
	for (const failure of result.failures) lines.push(`      ✗ ${failure}`);
	return `${lines.join('\n')}\n`;
}
