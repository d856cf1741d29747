/**
 * `limber schema write`: regenerate the JSON Schemas in pathways/schema/ from the Zod schemas and
 * point VS Code at them in .vscode/settings.json, so clinicians get completion and hover help.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateJsonSchemaFiles } from '../../lib/pathway/schema/json-schema.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { displayPath } from '../files.js';
import { parseCliArgs } from '../parse-cli-args.js';
import { mergeVsCodeSettings } from '../vscode-settings.js';

const USAGE = `Usage: limber schema write [--out <dir>] [--settings <file>]

Writes the JSON Schemas (draft-07) of pathway, pathway-file, questionnaire, locality and
scenario files, and maps them to pathway files in VS Code's workspace settings.
  --out <dir>        where to write the schemas (default: pathways/schema)
  --settings <file>  VS Code settings to update (default: .vscode/settings.json)`;

async function readOptional(path: string): Promise<string | undefined> {
	try {
		return await readFile(path, 'utf8');
	} catch {
		return undefined;
	}
}

/** `limber schema write`. */
export const schemaWriteCommand: CliCommand = {
	name: 'schema write',
	summary: 'Write the JSON Schemas for editors and map them in .vscode/settings.json.',
	usage: USAGE,
	async run(argv) {
		const args = parseCliArgs(argv, { out: { type: 'string' }, settings: { type: 'string' } });
		if (!args.ok || args.positionals.length > 0) {
			process.stderr.write(
				`${args.ok ? 'schema write takes no paths.' : args.message}\n\n${USAGE}\n`
			);
			return EXIT_USAGE;
		}
		const out = args.values.out ?? 'pathways/schema';
		const settingsFile = args.values.settings ?? '.vscode/settings.json';
		await mkdir(out, { recursive: true });
		for (const { fileName, text } of generateJsonSchemaFiles()) {
			await writeFile(join(out, fileName), text);
			process.stderr.write(`wrote ${displayPath(join(out, fileName))}\n`);
		}
		const merged = mergeVsCodeSettings(await readOptional(settingsFile));
		if (!merged.ok) {
			process.stderr.write(`${displayPath(settingsFile)}: ${merged.message}\n`);
			return EXIT_FINDINGS;
		}
		await mkdir(dirname(settingsFile), { recursive: true });
		await writeFile(settingsFile, merged.text);
		process.stderr.write(`wrote ${displayPath(settingsFile)}\n`);
		return EXIT_OK;
	}
};
