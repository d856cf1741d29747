/**
 * `limber pathway fhir <pathway> [--out dir]`: exports each questionnaire as a FHIR R4
 * Questionnaire, to stdout as a Bundle or to one file per questionnaire.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFhirQuestionnaires } from '../../lib/pathway/fhir.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { loadCompiledPathway, printErrors } from '../compiled-pathway.js';
import { displayPath } from '../files.js';
import { parseCliArgs } from '../parse-cli-args.js';

const USAGE = `Usage: limber pathway fhir <pathway> [--out <dir>]

Exports every questionnaire of the pathway as a FHIR R4 Questionnaire (linkId, code, enableWhen,
answerOption with itemWeight, scores as SDC calculatedExpression, translations).
  --out <dir>  write <dir>/<id>.questionnaire.fhir.json files instead of printing a Bundle
Exit status: 0 exported, 1 the pathway has errors, 2 wrong usage.`;

/** `limber pathway fhir`. */
export const pathwayFhirCommand: CliCommand = {
	name: 'pathway fhir',
	summary: 'Export a pathway\u2019s questionnaires as FHIR R4 Questionnaires.',
	usage: USAGE,
	async run(argv) {
		const args = parseCliArgs(argv, { out: { type: 'string' } });
		if (!args.ok || args.positionals.length !== 1) {
			process.stderr.write(`${args.ok ? 'Name one pathway file.' : args.message}\n\n${USAGE}\n`);
			return EXIT_USAGE;
		}
		const loaded = await loadCompiledPathway(args.positionals[0] as string);
		if (!loaded.ok) {
			printErrors(loaded.diagnostics);
			return EXIT_FINDINGS;
		}
		const resources = exportFhirQuestionnaires(loaded.compiled.pathway);
		const out = args.values.out;
		if (out === undefined) {
			const bundle = {
				resourceType: 'Bundle',
				type: 'collection',
				entry: resources.map((resource) => ({ resource }))
			};
			process.stdout.write(`${JSON.stringify(bundle, null, 2)}\n`);
			return EXIT_OK;
		}
		mkdirSync(out, { recursive: true });
		for (const resource of resources) {
			const file = join(out, `${String(resource['id'])}.questionnaire.fhir.json`);
			writeFileSync(file, `${JSON.stringify(resource, null, 2)}\n`);
			process.stderr.write(`wrote ${displayPath(file)}\n`);
		}
		return EXIT_OK;
	}
};
