/** `limber pathway diagram <pathway>`: prints the pathway as a Mermaid stateDiagram-v2. */
import { renderMermaid } from '../../lib/pathway/diagram.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { loadCompiledPathway, printErrors } from '../compiled-pathway.js';
import { parseCliArgs } from '../parse-cli-args.js';

const USAGE = `Usage: limber pathway diagram <pathway>

Prints the pathway's stages and transitions as a Mermaid stateDiagram-v2 (paste it into any
Mermaid viewer). Escalation stages are styled apart; edges carry their conditions in words.
Exit status: 0 printed, 1 the pathway has errors, 2 wrong usage.`;

/** `limber pathway diagram`. */
export const pathwayDiagramCommand: CliCommand = {
	name: 'pathway diagram',
	summary: 'Print a pathway as a Mermaid state diagram.',
	usage: USAGE,
	async run(argv) {
		const args = parseCliArgs(argv, {});
		if (!args.ok || args.positionals.length !== 1) {
			process.stderr.write(`${args.ok ? 'Name one pathway file.' : args.message}\n\n${USAGE}\n`);
			return EXIT_USAGE;
		}
		const loaded = await loadCompiledPathway(args.positionals[0] as string);
		if (!loaded.ok) {
			printErrors(loaded.diagnostics);
			return EXIT_FINDINGS;
		}
		process.stdout.write(renderMermaid(loaded.compiled.pathway, loaded.compiled.index));
		return EXIT_OK;
	}
};
