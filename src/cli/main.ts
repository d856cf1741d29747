/**
 * The `limber` command line (`npm run --silent limber -- <command>`). Each command is one entry
 * in `COMMANDS`: its words, summary, usage and a `run(argv)` that resolves to the exit code.
 */
import { pathToFileURL } from 'node:url';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from './command.js';
import { dbMigrateCommand } from './commands/db-migrate.js';
import { pathwayCheckCommand } from './commands/pathway-check.js';
import { pathwayDiagramCommand } from './commands/pathway-diagram.js';
import { pathwayFhirCommand } from './commands/pathway-fhir.js';
import { pathwayLintCommand } from './commands/pathway-lint.js';
import { pathwaySimulateCommand } from './commands/pathway-simulate.js';
import { schemaWriteCommand } from './commands/schema-write.js';
import { seedCommand } from './commands/seed.js';
import { serve } from './commands/serve.js';
import { tokenCreateCommand, tokenRevokeCommand } from './commands/token-create.js';
import { userAddCommand } from './commands/user-add.js';

/** Every command, in the order `limber help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
	pathwayCheckCommand,
	pathwayLintCommand,
	pathwaySimulateCommand,
	pathwayDiagramCommand,
	pathwayFhirCommand,
	schemaWriteCommand,
	seedCommand,
	dbMigrateCommand,
	userAddCommand,
	tokenCreateCommand,
	tokenRevokeCommand,
	{
		name: 'serve',
		summary: 'Build the app if needed and run the production server.',
		usage:
			'Usage: limber serve [--port <number>] [--host <address>]\n\nBuilds the app when the build is missing or stale, then serves it.',
		run: serve
	}
];

/** Usage for every command. */
export function formatUsage(commands: readonly CliCommand[] = COMMANDS): string {
	const width = Math.max(...commands.map((command) => command.name.length)) + 2;
	return [
		'Usage: limber <command> [options]',
		'',
		'Commands:',
		...commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`),
		'  help'.padEnd(width + 2) + 'Show this help and the usage of every command.',
		'',
		...commands.map((command) => command.usage + '\n')
	].join('\n');
}

/** The command whose words start `argv` (the longest match), and the arguments after them. */
export function findCommand(
	argv: readonly string[],
	commands: readonly CliCommand[] = COMMANDS
): { command: CliCommand; rest: string[] } | undefined {
	let best: { command: CliCommand; rest: string[] } | undefined;
	for (const command of commands) {
		const words = command.name.split(' ');
		if (!words.every((word, index) => argv[index] === word)) continue;
		if (best === undefined || words.length > best.command.name.split(' ').length) {
			best = { command, rest: argv.slice(words.length) };
		}
	}
	return best;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
	const first = argv[0];
	if (first === 'help' || first === '--help' || first === '-h') {
		process.stdout.write(`${formatUsage()}\n`);
		return EXIT_OK;
	}
	const found = findCommand(argv);
	if (found === undefined) {
		const given = argv.join(' ');
		process.stderr.write(
			`${given === '' ? 'No command given.' : `Unknown command: ${given}`}\n\n${formatUsage()}\n`
		);
		return EXIT_USAGE;
	}
	if (found.rest.includes('--help') || found.rest.includes('-h')) {
		process.stdout.write(`${found.command.usage}\n`);
		return EXIT_OK;
	}
	return found.command.run(found.rest);
}

// Run only when executed (`tsx src/cli/main.ts`), not when a test imports the command table.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await main(process.argv.slice(2));
}
