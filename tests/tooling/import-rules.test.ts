/**
 * The import-direction rules in eslint.config.js (architecture.md, "Layers and the one
 * direction of imports"). Each case lints a one-import snippet as if it lived at `filePath`,
 * through the real ESLint config, and checks that the import is reported once, with a message
 * that says why, or not at all.
 */
import { ESLint } from 'eslint';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The project's config with type information switched off: the snippets' paths do not exist on
 * disk, so the TypeScript project service cannot open them, and import rules need no types.
 */
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: ts.configs.disableTypeChecked });

interface ImportCase {
	/** Where the snippet pretends to live. */
	filePath: string;
	/** Words the rule's message must contain for this layer. */
	why: string;
	forbidden: string[];
	allowed: string[];
}

const CASES: ImportCase[] = [
	{
		filePath: 'src/lib/pathway/engine/step.ts',
		why: 'The pathway engine',
		forbidden: [
			'svelte',
			'svelte/store',
			'dexie',
			'$app/environment',
			'$lib/client/db/index.js',
			'$lib/server/db/index.js',
			'$lib/components/CheckIn.svelte',
			'$lib/shared/vocabulary.js',
			'$lib',
			'../client/db/index.js',
			'../../server/db/index.js',
			'../components/CheckIn.svelte',
			'node:fs',
			'lodash'
		],
		allowed: [
			'../../shared/vocabulary.js',
			'../schema/pathway-schema.js',
			'./conditions.js',
			'xstate',
			'zod',
			'zod/v4/core',
			'jsonc-parser'
		]
	},
	{
		filePath: 'src/lib/shared/outcome-record.ts',
		why: 'src/lib/shared',
		forbidden: [
			'../pathway/step.js',
			'../client/db/index.js',
			'../server/db/index.js',
			'../components/CheckIn.svelte',
			'$lib/shared/vocabulary.js',
			'svelte',
			'dexie',
			'$app/environment'
		],
		allowed: ['./vocabulary.js', 'zod']
	},
	{
		filePath: 'src/lib/client/db/outbox.ts',
		why: 'Server code and secrets must never reach the browser',
		forbidden: [
			'$lib/server/db/index.js',
			'../../server/ingest/index.js',
			'$lib/auth.server.js',
			'$env/static/private',
			'$env/dynamic/private',
			'$app/server'
		],
		allowed: ['$lib/pathway/step.js', '../../shared/vocabulary.js', 'dexie', '$env/static/public']
	},
	{
		filePath: 'src/lib/components/CheckIn.svelte',
		why: 'Server code and secrets must never reach the browser',
		forbidden: ['$lib/server/db/index.js', '$env/static/private'],
		allowed: ['$lib/client/state/enrolment.svelte.js', '$lib/pathway/step.js', 'svelte']
	},
	{
		filePath: 'src/lib/server/ingest/ingest.ts',
		why: 'Server code runs in Node',
		forbidden: [
			'$lib/client/db/index.js',
			'$lib/components/CheckIn.svelte',
			'../../client/db/index.js',
			'dexie',
			'svelte',
			'svelte/store'
		],
		allowed: ['$lib/pathway/step.js', '$lib/shared/vocabulary.js', '../db/index.js', 'node:crypto']
	},
	{
		filePath: 'src/routes/(patient)/checkin/+page.svelte',
		why: 'Patient routes must stay small and offline',
		forbidden: [
			'$lib/server/db/index.js',
			'$lib/pathway/schema/pathway-schema.js',
			'zod',
			'codemirror',
			'@codemirror/view',
			'$lib/components/author/Editor.svelte',
			'$lib/components/commissioner/Chart.svelte'
		],
		allowed: [
			'$lib/components/CheckIn.svelte',
			'$lib/client/state/enrolment.svelte.js',
			'$lib/pathway/step.js'
		]
	},
	{
		filePath: 'src/cli/commands/check.ts',
		why: 'The CLI runs under tsx without SvelteKit',
		forbidden: [
			'$lib/pathway/step.js',
			'$app/environment',
			'../../lib/client/db/index.js',
			'svelte',
			'dexie'
		],
		allowed: ['../../lib/pathway/step.js', '../../lib/server/db/index.js', 'node:path']
	}
];

/** A module that imports `specifier` and uses it, in the syntax of the target file. */
function snippetImporting(specifier: string, filePath: string): string {
	const code = `import * as imported from '${specifier}';\nexport const used = imported;\n`;
	return filePath.endsWith('.svelte')
		? `<script lang="ts">\n\timport * as imported from '${specifier}';\n\tconsole.log(imported);\n</script>\n`
		: code;
}

/** The `no-restricted-imports` reports for one snippet. */
async function lintImport(specifier: string, filePath: string) {
	const [result] = await eslint.lintText(snippetImporting(specifier, filePath), { filePath });
	expect(result, `ESLint linted ${filePath}`).toBeDefined();
	const fatal = result?.messages.filter((m) => m.fatal) ?? [];
	expect(fatal, `ESLint parsed ${filePath}`).toEqual([]);
	return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports') ?? [];
}

describe('import direction rules', () => {
	for (const { filePath, why, forbidden, allowed } of CASES) {
		describe(filePath, () => {
			it.each(forbidden)('reports an import of %s once, saying why', async (specifier) => {
				const reports = await lintImport(specifier, filePath);
				expect(reports).toHaveLength(1);
				expect(reports[0]?.message).toContain(why);
			});

			it.each(allowed)('allows an import of %s', async (specifier) => {
				expect(await lintImport(specifier, filePath)).toEqual([]);
			});
		});
	}
});
