import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	REPOSITORY_LOCALITIES,
	SEED_MILESTONE_DAYS,
	SEED_PATHWAYS,
	SEED_STAGES,
	SEED_WINDOW_DAYS
} from '../../../../src/lib/server/seed/catalogue.js';

const ROOT = join(import.meta.dirname, '../../../..');

interface PathwayFile {
	id: string;
	version: string;
	condition: string;
	stages: { id: string }[];
	schedule: { days: number[]; windowDays: number }[];
	safetyNet: { code?: string; when: unknown }[];
}

const read = <T>(path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

describe('the seed catalogue', () => {
	it('names every repository pathway with its version, body area, stages and schedule', () => {
		const files = readdirSync(join(ROOT, 'pathways/conditions')).filter((f) =>
			f.endsWith('.pathway.json')
		);
		expect(SEED_PATHWAYS.map((p) => `${p.id}.pathway.json`).sort()).toEqual(files.sort());
		for (const seeded of SEED_PATHWAYS) {
			const pathway = read<PathwayFile>(`pathways/conditions/${seeded.id}.pathway.json`);
			expect([pathway.version, pathway.condition]).toEqual([seeded.version, seeded.bodyArea]);
			expect(pathway.stages.map((s) => s.id)).toEqual(
				expect.arrayContaining(Object.values(SEED_STAGES))
			);
			expect(pathway.schedule.flatMap((s) => s.days).sort((a, b) => a - b)).toEqual([
				...SEED_MILESTONE_DAYS
			]);
			expect(pathway.schedule.map((s) => s.windowDays)).toEqual(
				pathway.schedule.map(() => SEED_WINDOW_DAYS)
			);
			// The not-improving rule's day threshold.
			const rule = pathway.safetyNet.find((r) => r.code === 'sn.not-improving');
			expect(JSON.stringify(rule?.when)).toContain(
				`"day":{"op":">=","value":${seeded.notImprovingFromDay}}`
			);
		}
	});

	it('uses every locality file in the repository', () => {
		const ids = readdirSync(join(ROOT, 'pathways/localities'))
			.filter((f) => f.endsWith('.locality.json'))
			.map((f) => read<{ id: string }>(`pathways/localities/${f}`).id);
		expect([...REPOSITORY_LOCALITIES].sort()).toEqual(ids.sort());
	});
});
