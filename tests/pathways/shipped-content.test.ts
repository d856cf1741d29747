/**
 * The shipped content (pathways/) meets the clinical requirements: every pathway and locality
 * lints with no errors, every scenario passes, and the scenarios cover every red-flag code of
 * each pathway and every dynamic safety-net rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/lib/pathway/load/load-scenario.js';
import type { Scenario } from '../../src/lib/pathway/schema/scenario-schema.js';
import { runScenario } from '../../src/lib/pathway/simulate.js';
import { RED_FLAGS_FOR_AREA, SAFETY_NET_CODES } from '../../src/lib/shared/vocabulary.js';
import { runCli } from '../cli/run-cli.js';
import { loadShippedPathways, PATHWAYS_DIR } from '../lib/pathway/shipped-pathways.js';

const pathways = loadShippedPathways();
const scenarioDir = join(PATHWAYS_DIR, 'scenarios');
const scenarios: { file: string; scenario: Scenario }[] = readdirSync(scenarioDir)
	.filter((f) => f.endsWith('.scenario.json'))
	.sort()
	.map((name) => {
		const file = join(scenarioDir, name);
		const loaded = loadScenario({ file: name, text: readFileSync(file, 'utf8') });
		if (!loaded.ok)
			throw new Error(`${name}: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
		return { file: name, scenario: loaded.value };
	});

describe('shipped content', () => {
	it('has the four sample pathways, active and approved in English', () => {
		expect(pathways.map((c) => c.pathway.id)).toEqual([
			'knee-pain',
			'low-back-pain',
			'neck-pain',
			'shoulder-pain'
		]);
		for (const { pathway } of pathways) {
			expect(pathway.status).toBe('active');
			expect(pathway.locales.en.status).toBe('approved');
			expect(pathway.locales.cy?.status).toBe('draft');
			expect(pathway.locales.ur?.status).toBe('draft');
			expect(pathway.content.exercises.length).toBeGreaterThanOrEqual(6);
		}
	});

	it('lints with no errors (pathways, localities and scenarios)', async () => {
		const run = await runCli(['pathway', 'lint', '--json']);
		const findings = JSON.parse(run.stdout) as {
			severity: string;
			file: string;
			message: string;
		}[];
		expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
		expect(run.code).toBe(0);
	}, 60_000);
});

describe.each(pathways.map((c) => [c.pathway.id, c] as const))(
	'scenarios of %s',
	(id, compiled) => {
		const own = scenarios.filter((s) => s.scenario.pathway === id);

		it.each(own.map((s) => [s.file, s.scenario] as const))('%s passes', (_file, scenario) => {
			const result = runScenario(compiled, scenario);
			expect(result.failures).toEqual([]);
			expect(result.passed).toBe(true);
		});

		it('cover every red-flag code of the pathway and every dynamic rule', () => {
			const fired = new Set(
				own.flatMap((s) =>
					runScenario(compiled, s.scenario).steps.flatMap((step) =>
						step.escalations.map((e) => e.code)
					)
				)
			);
			const required = [...RED_FLAGS_FOR_AREA[compiled.pathway.condition], ...SAFETY_NET_CODES];
			expect(required.filter((code) => !fired.has(code))).toEqual([]);
		});
	}
);
