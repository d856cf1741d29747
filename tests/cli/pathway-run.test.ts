import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixtures, runCli } from './run-cli.js';

const PATHWAY = 'pathways/conditions/minimal.pathway.json';
const SCENARIO = 'pathways/scenarios/minimal.bladder-at-entry.scenario.json';

describe('limber pathway simulate', () => {
	it("runs the pathway's scenarios and exits 0 when they pass", async () => {
		const run = await runCli(['pathway', 'simulate', PATHWAY], { cwd: copyFixtures() });
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('PASS  Bladder problem at entry');
		expect(run.stdout).toContain('day 0: emergency-help  emergency');
		expect(run.stderr).toContain('1 of 1 scenario passed.');
	});

	it('prints the documented JSON and exits 1 when an expectation fails', async () => {
		const dir = copyFixtures();
		const file = join(dir, SCENARIO);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('"escalation": "emergency"', '"escalation": "urgent"')
		);
		const run = await runCli(['pathway', 'simulate', PATHWAY, SCENARIO, '--json'], { cwd: dir });
		expect(run.code).toBe(1);
		const report = JSON.parse(run.stdout) as unknown[];
		expect(report).toEqual([
			{
				scenario: 'Bladder problem at entry',
				passed: false,
				failures: [expect.stringContaining('expected escalation urgent, got emergency')],
				steps: [
					{
						day: 0,
						stage: 'emergency-help',
						escalations: [
							{
								rule: 'red-flag-emergency',
								code: 'rf.ces.bladder-bowel',
								severity: 'emergency',
								signposts: ['call-999']
							}
						]
					}
				]
			}
		]);
	});

	it('refuses a scenario whose answers name no item, with a located error', async () => {
		const dir = copyFixtures();
		const file = join(dir, SCENARIO);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('rf.ces.bladder-bowel', 'rf.ces.bladder')
		);
		const run = await runCli(['pathway', 'simulate', PATHWAY, SCENARIO], { cwd: dir });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			/^pathways\/scenarios\/minimal\.bladder-at-entry\.scenario\.json:\d+:\d+ {2}.*rf\.ces\.bladder/m
		);
	});

	it('exits 2 without a pathway', async () => {
		expect((await runCli(['pathway', 'simulate'])).code).toBe(2);
	});
});

describe('limber pathway diagram', () => {
	it('prints a Mermaid state diagram of a shipped pathway', async () => {
		const run = await runCli([
			'pathway',
			'diagram',
			'pathways/conditions/low-back-pain.pathway.json'
		]);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^stateDiagram-v2\n/);
		expect(run.stdout).toContain('entry --> early_days: entry screen clear');
		expect(run.stdout).toContain('class emergency_help,urgent_help escalation');
		// The engine never moves a patient from "get help now" down to "get help today".
		expect(run.stdout).not.toContain('emergency_help --> urgent_help');
	});
});

describe('limber pathway fhir', () => {
	it('prints a Bundle of R4 Questionnaires', async () => {
		const run = await runCli(['pathway', 'fhir', 'pathways/conditions/knee-pain.pathway.json']);
		expect(run.code).toBe(0);
		const bundle = JSON.parse(run.stdout) as {
			resourceType: string;
			entry: { resource: { resourceType: string; id: string } }[];
		};
		expect(bundle.resourceType).toBe('Bundle');
		expect(bundle.entry.map((e) => e.resource.id)).toEqual([
			'knee-pain-entry-screen',
			'knee-pain-daily-checkin',
			'knee-pain-symptom-check',
			'knee-pain-baseline',
			'knee-pain-follow-up'
		]);
	});

	it('writes one file per questionnaire with --out', async () => {
		const dir = copyFixtures();
		const run = await runCli(['pathway', 'fhir', PATHWAY, '--out', 'fhir'], { cwd: dir });
		expect(run.code).toBe(0);
		const files = readdirSync(join(dir, 'fhir'));
		expect(files.length).toBeGreaterThan(1);
		expect(files.every((f) => f.endsWith('.questionnaire.fhir.json'))).toBe(true);
	});

	it('prints located errors and exits 1 for a broken pathway', async () => {
		const dir = copyFixtures();
		const file = join(dir, PATHWAY);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('"status": "draft"', '"status": "drafty"')
		);
		const run = await runCli(['pathway', 'fhir', PATHWAY], { cwd: dir });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/minimal\.pathway\.json:\d+:\d+ {2}/);
	});
});
