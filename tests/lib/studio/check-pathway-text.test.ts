/** The studio checks editor text exactly as `limber pathway lint` checks a file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocality } from '../../../src/lib/pathway/load/load-locality.js';
import type { Locality } from '../../../src/lib/pathway/schema/locality-schema.js';
import { checkPathwayText } from '../../../src/lib/studio/check-pathway-text.js';
import { localToday } from '../../../src/lib/studio/local-today.js';

const ROOT = join(import.meta.dirname, '../../..');
const localities: Locality[] = ['national', 'example-cardiff', 'example-leeds'].map((name) => {
	const file = `pathways/localities/${name}.locality.json`;
	const loaded = loadLocality({ file, text: readFileSync(join(ROOT, file), 'utf8') });
	if (!loaded.ok) throw new Error(`${file} does not load`);
	return loaded.value;
});
const KNEE = readFileSync(join(ROOT, 'pathways/conditions/knee-pain.pathway.json'), 'utf8');
const check = (text: string) =>
	checkPathwayText({ file: 'knee-pain.pathway.json', text, localities, today: '2026-11-23' });

describe('checking editor text', () => {
	it('passes a shipped pathway and gives back the validated pathway', () => {
		const result = check(KNEE);
		expect(result.diagnostics).toEqual([]);
		expect(result.pathway?.id).toBe('knee-pain');
	});

	it('places a schema error at its line and column, in plain English', () => {
		const result = check(KNEE.replace('"version": "1.0.0"', '"version": "1.0"'));
		expect(result.pathway).toBeUndefined();
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				line: 4,
				col: 13,
				rule: 'schema',
				severity: 'error',
				message: expect.stringMatching(/major\.minor\.patch/) as unknown
			})
		]);
	});

	it('reports a JSON syntax error with its place', () => {
		// The comma missing at the end of line 5 is noticed where the next key starts, on line 6.
		const result = check(KNEE.replace('"status": "active",', '"status": "active"'));
		expect(result.pathway).toBeUndefined();
		expect(result.diagnostics[0]).toMatchObject({
			rule: 'json-syntax',
			severity: 'error',
			line: 6
		});
	});

	it('runs the lint rules once the pathway loads (a transition to a stage that does not exist)', () => {
		const pathway = JSON.parse(KNEE) as { stages: { transitions: { to: string }[] }[] };
		const stage = pathway.stages.find((s) => s.transitions.length > 0);
		if (stage?.transitions[0] === undefined) throw new Error('no transition to break');
		stage.transitions[0].to = 'nowhere-stage';
		const result = check(JSON.stringify(pathway, null, '\t'));
		expect(
			result.diagnostics.some((d) => d.severity === 'error' && d.message.includes('nowhere-stage'))
		).toBe(true);
	});

	it('writes today in the local calendar', () => {
		expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
	});
});
