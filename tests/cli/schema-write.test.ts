import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemaFiles } from '../../src/lib/pathway/schema/json-schema.js';
import { ROOT, runCli } from './run-cli.js';

describe('JSON Schemas for editors', () => {
	it('are committed exactly as generated from the Zod schemas (run `npm run schemas` when this fails)', () => {
		for (const { fileName, text } of generateJsonSchemaFiles()) {
			expect(readFileSync(join(ROOT, 'pathways/schema', fileName), 'utf8'), fileName).toBe(text);
		}
	});

	it('are draft-07 with descriptions and completion for item codes', () => {
		const pathway = JSON.parse(
			generateJsonSchemaFiles().find((file) => file.fileName === 'pathway-file.schema.json')!.text
		) as Record<string, unknown>;
		expect(pathway.$schema).toBe('http://json-schema.org/draft-07/schema#');
		const text = JSON.stringify(pathway);
		expect(text).toContain('Stage the patient enters after the entry safety screen.');
		expect(text).toContain('"rf.ces.bladder-bowel"');
		expect(text).toContain('"pattern":"^local\\\\.');
	});

	it('are mapped to pathway files in the committed VS Code settings', () => {
		const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as {
			'json.schemas': { fileMatch: string[]; url: string }[];
		};
		expect(settings['json.schemas']).toContainEqual({
			fileMatch: ['pathways/conditions/*.pathway.json'],
			url: './pathways/schema/pathway-file.schema.json'
		});
	});
});

describe('limber schema write', () => {
	it('writes every schema and merges the VS Code mapping into existing settings', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'limber-schema-'));
		mkdirSync(join(dir, '.vscode'));
		writeFileSync(
			join(dir, '.vscode/settings.json'),
			'{\n\t// keep me\n\t"editor.tabSize": 4\n}\n'
		);
		const run = await runCli(['schema', 'write'], { cwd: dir });
		expect(run.code).toBe(0);
		expect(readdirSync(join(dir, 'pathways/schema')).sort()).toEqual(
			generateJsonSchemaFiles()
				.map((file) => file.fileName)
				.sort()
		);
		const settings = readFileSync(join(dir, '.vscode/settings.json'), 'utf8');
		expect(settings).toContain('// keep me');
		expect(settings).toContain('"editor.tabSize": 4');
		expect(settings).toContain('"fileMatch": ["pathways/localities/*.locality.json"]');
	});
});
