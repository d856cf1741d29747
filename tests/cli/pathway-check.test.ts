import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { positionOf } from '../fixtures/pathway-fixture.js';
import { copyFixtures, runCli } from './run-cli.js';

const PATHWAY = 'pathways/conditions/minimal.pathway.json';

/** Replaces text in a file of the copied fixtures and returns the new text. */
function edit(dir: string, file: string, from: string, to: string): string {
	const text = readFileSync(join(dir, file), 'utf8');
	expect(text).toContain(from);
	const changed = text.replace(from, to);
	writeFileSync(join(dir, file), changed);
	return changed;
}

describe('limber pathway check', () => {
	it('exits 0 with no output when every pathway is valid', async () => {
		const run = await runCli(['pathway', 'check'], { cwd: copyFixtures() });
		expect(run).toMatchObject({ code: 0, stdout: '' });
		expect(run.stderr).toBe('No errors in 3 files.\n');
	});

	it('prints each error as file:line:col  message  (path) and exits 1', async () => {
		const dir = copyFixtures();
		const text = edit(dir, PATHWAY, '"to": "finished"', '"to": "finishd"');
		const run = await runCli(['pathway', 'check'], { cwd: dir });
		expect(run.code).toBe(1);
		const { line, col } = positionOf(text, '"finishd"');
		expect(run.stdout).toBe(
			`${PATHWAY}:${line}:${col}  Unknown stage "finishd". Did you mean "finished"? Stage ids are: "settling", "building-up", "finished", "emergency-help", "urgent-help".  (stages.1.transitions.0.to)\n`
		);
		expect(run.stderr).toBe('1 error in 3 files.\n');
	});

	it('reports syntax errors without a document path', async () => {
		const dir = copyFixtures();
		const text = edit(dir, PATHWAY, '"status": "draft",', '"status": "draft",,');
		const run = await runCli(['pathway', 'check', PATHWAY], { cwd: dir });
		expect(run.code).toBe(1);
		const { line, col } = positionOf(text, ',,');
		expect(run.stdout.split('\n')[0]).toBe(
			`${PATHWAY}:${line}:${col + 1}  There are two commas in a row here: remove one.`
		);
	});

	it('checks files given as paths, relative to the current folder', async () => {
		const dir = copyFixtures();
		edit(dir, PATHWAY, '"severity": "emergency"', '"severity": "emergncy"');
		const run = await runCli(['pathway', 'check', join(dir, PATHWAY)], {
			cwd: join(dir, 'pathways')
		});
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(
			/^conditions\/minimal\.pathway\.json:\d+:\d+ {2}"emergncy" is not an allowed value for "severity"\. Did you mean "emergency"\?/
		);
	});

	it('reports a path that does not exist', async () => {
		const run = await runCli(['pathway', 'check', 'missing.pathway.json'], { cwd: copyFixtures() });
		expect(run.code).toBe(1);
		expect(run.stdout).toBe(
			'missing.pathway.json:1:1  Cannot read this file. Check that the path is right and the file exists.\n'
		);
	});

	it('exits 2 for an unknown option', async () => {
		const run = await runCli(['pathway', 'check', '--jsn'], { cwd: copyFixtures() });
		expect(run.code).toBe(2);
		expect(run.stderr).toContain("Unknown option '--jsn'");
	});
});
