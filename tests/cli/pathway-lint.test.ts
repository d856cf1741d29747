import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DiagnosticSchema } from '../../src/lib/pathway/load/diagnostic.js';
import { valuePositionOf } from '../fixtures/pathway-fixture.js';
import { copyFixtures, runCli } from './run-cli.js';

const PATHWAY = 'pathways/conditions/minimal.pathway.json';
const TODAY = ['--today', '2026-06-01'];

function edit(dir: string, file: string, from: string, to: string): string {
	const text = readFileSync(join(dir, file), 'utf8');
	expect(text).toContain(from);
	const changed = text.replace(from, to);
	writeFileSync(join(dir, file), changed);
	return changed;
}

describe('limber pathway lint', () => {
	it('lints every pathway, locality, scenario and questionnaire under pathways/, exit 0 when clean', async () => {
		const run = await runCli(['pathway', 'lint', ...TODAY], { cwd: copyFixtures() });
		expect(run).toMatchObject({ code: 0, stdout: '' });
		expect(run.stderr).toBe('0 errors, 0 warnings in 5 files.\n');
	});

	it('prints findings as file:line:col  severity  rule  message  (path) and exits 1 on errors', async () => {
		const dir = copyFixtures();
		const changed = edit(
			dir,
			PATHWAY,
			'"id": "self-harm",\n\t\t\t"severity": "urgent"',
			'"id": "self-harm",\n\t\t\t"severity": "soon"'
		);
		const run = await runCli(['pathway', 'lint', ...TODAY], { cwd: dir });
		expect(run.code).toBe(1);
		// The self-harm rule comes before the dynamic rules, which are "soon" too.
		const { line, col } = valuePositionOf(changed, 'severity', '"soon"', 1);
		expect(run.stdout).toContain(
			`${PATHWAY}:${line}:${col}  error  severity-below-minimum  Rule "self-harm" has severity "soon", below the minimum for the red flags it covers: mh.self-harm-thoughts (needs urgent). Raise the severity to "urgent".  (safetyNet.2.severity)`
		);
		expect(run.stderr).toBe('1 error, 0 warnings in 5 files.\n');
	});

	it('prints only a JSON array of diagnostics with --json', async () => {
		const dir = copyFixtures();
		edit(dir, PATHWAY, '"reviewDue": "2027-01-10"', '"reviewDue": "2026-01-10"');
		edit(
			dir,
			'pathways/scenarios/minimal.bladder-at-entry.scenario.json',
			'"stage": "emergency-help"',
			'"stage": "emergency"'
		);
		const run = await runCli(['pathway', 'lint', '--json', ...TODAY], { cwd: dir });
		expect(run.code).toBe(1);
		expect(run.stderr).toBe('');
		const diagnostics = z.array(DiagnosticSchema).parse(JSON.parse(run.stdout));
		expect(
			diagnostics.map(({ file, rule, severity, path }) => ({ file, rule, severity, path }))
		).toEqual([
			{ file: PATHWAY, rule: 'review-overdue', severity: 'warning', path: 'reviewDue' },
			{
				file: 'pathways/scenarios/minimal.bladder-at-entry.scenario.json',
				rule: 'reference',
				severity: 'error',
				path: 'expect.0.stage'
			}
		]);
		expect(diagnostics[1]?.message).toContain('Did you mean "emergency-help"?');
	});

	it('lints the files given, against the localities in --localities or pathways/localities', async () => {
		const dir = copyFixtures();
		cpSync(join(dir, 'pathways/localities'), join(dir, 'reviewed-localities'), { recursive: true });
		edit(dir, 'pathways/localities/riverside-example.locality.json', '"LS1"', '"ls1"');
		const elsewhere = await runCli(
			['pathway', 'lint', PATHWAY, '--localities', 'reviewed-localities', ...TODAY],
			{ cwd: dir }
		);
		expect(elsewhere).toMatchObject({ code: 0, stdout: '' });
		// A broken file in the default locality set is reported even when it is not named.
		const here = await runCli(['pathway', 'lint', PATHWAY, ...TODAY], { cwd: dir });
		expect(here.code).toBe(1);
		expect(here.stdout).toMatch(
			/^pathways\/localities\/riverside-example\.locality\.json:\d+:\d+ {2}error {2}schema {2}"ls1" is not valid here/m
		);
	});

	it('checks questionnaire files on their own', async () => {
		const dir = copyFixtures();
		edit(
			dir,
			'pathways/questionnaires/local-mobility.questionnaire.json',
			'"outcome"',
			'"outcomes"'
		);
		const run = await runCli(['pathway', 'lint', ...TODAY], { cwd: dir });
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(
			/^pathways\/questionnaires\/local-mobility\.questionnaire\.json:4:13 {2}error {2}schema {2}"outcomes" is not an allowed value for "purpose"\. Did you mean "outcome"\?/
		);
	});

	it('exits 2 for a malformed --today', async () => {
		const run = await runCli(['pathway', 'lint', '--today', '2026-02-30'], { cwd: copyFixtures() });
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('--today must be a date like 2026-11-23');
	});
});
