import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Import direction (architecture.md, "Layers and the one direction of imports").
 *
 * Each layer gets one `no-restricted-imports` entry: flat config replaces a rule's options
 * rather than merging them, so the `files` globs below must not overlap. Patterns are regular
 * expressions over the import specifier; relative specifiers are matched by the folder they
 * climb into (`../client`, `../../server/db`), which is exact as long as no layer has a
 * sub-folder named after another layer.
 */

/** Any climb out of the current folder: `../`, `../../`, ... */
const UP = String.raw`^(?:\.\./)+`;

/**
 * Builds `no-restricted-imports` options from groups of regular expressions, each with the
 * message that tells the reader why the import is wrong.
 * @param {{ regex: string, message: string }[]} rules
 * @returns {import('eslint').Linter.RuleEntry}
 */
function restrictImports(rules) {
	return [
		'error',
		{
			patterns: rules.map(({ regex, message }) => ({ regex, message, caseSensitive: true }))
		}
	];
}

const ENGINE_WHY =
	'The pathway engine is pure TypeScript shared by the app, CLI, studio and tests: it must not import Svelte/Dexie/SvelteKit/server code (architecture.md, decision 1).';
const ENGINE_ALIAS_WHY =
	'The pathway engine uses relative imports only: the CLI runs it under tsx, where SvelteKit aliases such as $lib do not exist.';
const ENGINE_NPM_WHY =
	'The pathway engine may import only xstate, zod, jsonc-parser and src/lib/shared: it runs in the browser, the CLI, the studio and tests alike (architecture.md).';

const pathwayImports = restrictImports([
	{ regex: String.raw`^svelte(?:/|$)`, message: ENGINE_WHY },
	{ regex: String.raw`^dexie(?:/|$)`, message: ENGINE_WHY },
	{ regex: String.raw`^\$app(?:/|$)`, message: ENGINE_WHY },
	{ regex: String.raw`^\$lib/(?:client|server|components)`, message: ENGINE_WHY },
	{ regex: String.raw`${UP}(?:client|server|components)(?:/|$)`, message: ENGINE_WHY },
	{ regex: String.raw`^\$lib(?!/(?:client|server|components))(?:/|$)`, message: ENGINE_ALIAS_WHY },
	{
		// Every other bare specifier: not relative, not one of the three allowed packages and not
		// already reported by a rule above.
		regex: String.raw`^(?!\.{1,2}/|(?:xstate|zod|jsonc-parser)(?:/|$)|svelte(?:/|$)|dexie(?:/|$)|\$app(?:/|$)|\$lib(?:/|$))`,
		message: ENGINE_NPM_WHY
	}
]);

const SHARED_WHY =
	'src/lib/shared holds types and schemas used by both client and server: it imports nothing of ours except other shared files, and no Svelte, Dexie or SvelteKit (architecture.md).';

const sharedImports = restrictImports([
	{ regex: String.raw`${UP}(?:pathway|client|server|components)(?:/|$)`, message: SHARED_WHY },
	{ regex: String.raw`^\$lib(?:/|$)`, message: SHARED_WHY },
	{ regex: String.raw`^svelte(?:/|$)`, message: SHARED_WHY },
	{ regex: String.raw`^dexie(?:/|$)`, message: SHARED_WHY },
	{ regex: String.raw`^\$app(?:/|$)`, message: SHARED_WHY }
]);

const BROWSER_WHY =
	'Server code and secrets must never reach the browser: client code and components talk to the server only through /api/v1 (architecture.md).';

const browserImports = restrictImports([
	// `$lib/server/...`, `$app/server`, `../server/...` and any other path through a server folder.
	{ regex: String.raw`(?:^|/)server(?:/|$)`, message: BROWSER_WHY },
	{ regex: String.raw`\.server(?:\.[jt]s)?$`, message: BROWSER_WHY },
	{ regex: String.raw`^\$env/(?:static|dynamic)/private$`, message: BROWSER_WHY }
]);

const SERVER_WHY =
	'Server code runs in Node; it must not pull in browser state (Dexie, Svelte, client state or components).';

const serverImports = restrictImports([
	{ regex: String.raw`^\$lib/(?:client|components)(?:/|$)`, message: SERVER_WHY },
	{ regex: String.raw`${UP}(?:client|components)(?:/|$)`, message: SERVER_WHY },
	{ regex: String.raw`^dexie(?:/|$)`, message: SERVER_WHY },
	{ regex: String.raw`^svelte(?:/|$)`, message: SERVER_WHY }
]);

const PATIENT_WHY =
	'Patient routes must stay small and offline: no server code, full Zod schema, studio or commissioner code (architecture.md decision 9).';

const patientImports = restrictImports([
	{ regex: String.raw`^\$lib/server(?:/|$)`, message: PATIENT_WHY },
	{ regex: String.raw`^\$lib/pathway/schema(?:/|$|\.)`, message: PATIENT_WHY },
	{ regex: String.raw`^zod(?:/|$)`, message: PATIENT_WHY },
	{ regex: String.raw`^(?:codemirror|@codemirror/)`, message: PATIENT_WHY },
	{ regex: String.raw`^\$lib/components/(?:author|commissioner)`, message: PATIENT_WHY }
]);

const CLI_WHY =
	'The CLI runs under tsx without SvelteKit: it uses relative imports into pathway, shared and server, never browser code or $lib/$app/$env aliases (architecture.md).';

const cliImports = restrictImports([
	{ regex: String.raw`^\$(?:lib|app|env)(?:/|$)`, message: CLI_WHY },
	{ regex: String.raw`${UP}(?:lib/)?(?:client|components)(?:/|$)`, message: CLI_WHY },
	{ regex: String.raw`^(?:svelte|dexie)(?:/|$)`, message: CLI_WHY }
]);

export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'node_modules/',
		'data/',
		'bench/results/',
		'pathways/schema/',
		'test-results/',
		'playwright-report/'
	]),
	js.configs.recommended,
	ts.configs.recommendedTypeChecked,
	svelte.configs['flat/recommended'],
	prettier,
	svelte.configs['flat/prettier'],
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/switch-exhaustiveness-check': 'error'
		}
	},
	{
		// TypeScript already reports undefined names, with the types in view (typescript-eslint's
		// advice); no-undef would only add false positives for type-only globals.
		files: ['**/*.ts', '**/*.svelte'],
		rules: { 'no-undef': 'off' }
	},
	{
		// `<script lang="ts">` in components and runes classes in `*.svelte.ts`.
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{ files: ['src/lib/pathway/**'], rules: { 'no-restricted-imports': pathwayImports } },
	{ files: ['src/lib/shared/**'], rules: { 'no-restricted-imports': sharedImports } },
	{
		files: ['src/lib/client/**', 'src/lib/components/**'],
		rules: { 'no-restricted-imports': browserImports }
	},
	{ files: ['src/lib/server/**'], rules: { 'no-restricted-imports': serverImports } },
	{ files: ['src/routes/(patient)/**'], rules: { 'no-restricted-imports': patientImports } },
	{ files: ['src/cli/**'], rules: { 'no-restricted-imports': cliImports } }
);
