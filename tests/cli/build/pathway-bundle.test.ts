import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildPathwayBundle } from '../../../src/cli/build/pathway-bundle.js';
import { limberPathways } from '../../../src/cli/build/vite-plugin.js';
import { ROOT } from '../run-cli.js';

const TODAY = '2026-11-23';

/** A throwaway project: a copy of the shipped pathways and a page importing the bundle. */
function makeProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'limber-bundle-'));
	cpSync(join(ROOT, 'pathways'), join(dir, 'pathways'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
	writeFileSync(
		join(dir, 'main.js'),
		"import { summaries, loadPathway } from 'virtual:limber/pathways';\n" +
			'loadPathway(summaries[0].id).then((p) => console.log(p.id));\n'
	);
	return dir;
}

function buildProject(dir: string) {
	return build({
		root: dir,
		logLevel: 'silent',
		configFile: false,
		plugins: [limberPathways({ root: dir, today: TODAY })],
		build: { outDir: join(dir, 'dist'), emptyOutDir: true }
	});
}

describe('the pathway bundle', () => {
	it('holds every active shipped pathway, its summary in each language, and the localities', async () => {
		const result = await buildPathwayBundle({ root: ROOT, today: TODAY });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { bundle } = result;
		expect(Object.keys(bundle.pathways).sort()).toEqual(['knee-pain', 'low-back-pain', 'neck-pain', 'shoulder-pain']);
		const back = bundle.summaries.find((s) => s.id === 'low-back-pain');
		expect(back).toMatchObject({ condition: 'back', version: '1.0.0', locales: { en: 'approved', cy: 'draft', ur: 'draft' } });
		expect(Object.keys(back?.title ?? {}).sort()).toEqual(['cy', 'en', 'ur']);
		expect(bundle.localities.map((l) => l.id).sort()).toEqual(['example-cardiff', 'example-leeds', 'national']);
		expect(JSON.stringify(bundle.pathways)).not.toContain('$schema');
	}, 60_000);

	it('builds: each pathway becomes its own lazily loaded chunk', async () => {
		const dir = makeProject();
		await buildProject(dir);
		const assets = readdirSync(join(dir, 'dist/assets'));
		const chunks = assets.filter((name) => name.endsWith('.js'));
		expect(chunks.length).toBeGreaterThanOrEqual(5);
		for (const id of ['knee-pain', 'low-back-pain', 'neck-pain', 'shoulder-pain']) {
			const chunk = chunks.find((name) => name.startsWith(`${id}-`));
			expect(chunk, `a chunk for ${id}`).toBeDefined();
			expect(readFileSync(join(dir, 'dist/assets', chunk ?? ''), 'utf8')).toContain(`"id":"${id}"`);
		}
		// The entry chunk holds the index but not the pathways themselves.
		const entry = chunks.find((name) => name.startsWith('index-')) ?? '';
		expect(readFileSync(join(dir, 'dist/assets', entry), 'utf8')).not.toContain('"safetyNet"');
	}, 60_000);

	it('fails the build with file:line:col messages when a pathway has an error', async () => {
		const dir = makeProject();
		const file = join(dir, 'pathways/conditions/neck-pain.pathway.json');
		writeFileSync(file, readFileSync(file, 'utf8').replace('"severity": "emergency"', '"severity": "soon"'));
		await expect(buildProject(dir)).rejects.toThrow(
			/The pathways have \d+ errors?; fix them to build the app:\n.*neck-pain\.pathway\.json:\d+:\d+ {2}error {2}severity-below-minimum/
		);
	}, 60_000);
});
