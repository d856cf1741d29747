/**
 * The patient bundle stays small (architecture.md decision 9, issue B budgets): in a production
 * build, no patient route loads Zod, the pathway schema, server, author, commissioner, CodeMirror
 * or chart code, the first screen needs at most 100 KB of gzipped JavaScript and the service
 * worker precaches at most 1.5 MB. The build is made once into private folders and reused while
 * its inputs are unchanged (bench/patient/build.ts).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePatientBuild, type PatientBuild } from '../../bench/patient/build.js';
import {
	BUDGETS,
	describeContributors,
	findForbiddenCode,
	findPatientRoutes,
	kb,
	listPrecache,
	mapRouteFilesToNodes,
	measureFirstScreen,
	readChunk,
	readManifest,
	routeClosure,
	staticClosure,
	type ChunkContents,
	type ClientManifest
} from '../../bench/patient/bundle.js';

const ROOT = join(import.meta.dirname, '../..');

/** A tiny manifest: a page that reaches Zod through its state module, and a lazy schema chunk. */
const FAKE_MANIFEST: ClientManifest = {
	'entry.js': { file: 'entry.js', isEntry: true, imports: ['_shared.js'] },
	'page.js': {
		file: 'page.js',
		isEntry: true,
		imports: ['_state.js'],
		dynamicImports: ['src/lib/pathway/schema/pathway-schema.ts']
	},
	'lean-page.js': { file: 'lean-page.js', isEntry: true, imports: ['_shared.js'] },
	'_state.js': { file: 'state.js', imports: ['_shared.js', '_zod.js'] },
	'_shared.js': { file: 'shared.js', imports: ['_state.js'] },
	'_zod.js': { file: 'zod.js' },
	'src/lib/pathway/schema/pathway-schema.ts': {
		file: 'schema.js',
		src: 'src/lib/pathway/schema/pathway-schema.ts',
		isDynamicEntry: true,
		imports: ['_zod.js']
	}
};

function chunk(file: string, modules: string[], text = 'export const x = 1;'): ChunkContents {
	return { file, modules, text, hasSourceMap: modules.length > 0 };
}

describe('the static closure of a route', () => {
	it('follows static imports transitively, through cycles', () => {
		expect(staticClosure(FAKE_MANIFEST, ['page.js']).sort()).toEqual([
			'_shared.js',
			'_state.js',
			'_zod.js',
			'page.js'
		]);
	});

	it('does not follow dynamic imports', () => {
		const keys = staticClosure(FAKE_MANIFEST, ['page.js']);
		expect(keys).not.toContain('src/lib/pathway/schema/pathway-schema.ts');
	});

	it('fails for a key the manifest does not have, rather than skipping it', () => {
		expect(() => staticClosure(FAKE_MANIFEST, ['missing.js'])).toThrow(/not in the client manifest/);
	});
});

describe('the forbidden-code check', () => {
	it('names Zod when a chunk of the closure holds a module from node_modules/zod', () => {
		const chunks = staticClosure(FAKE_MANIFEST, ['page.js']).map((key) =>
			chunk(
				FAKE_MANIFEST[key]?.file ?? key,
				key === '_zod.js' ? ['node_modules/zod/v4/core/schemas.js'] : ['src/lib/pathway/plan.ts']
			)
		);
		expect(findForbiddenCode(chunks)).toEqual([
			{ file: 'zod.js', code: 'the Zod library', evidence: 'node_modules/zod/v4/core/schemas.js' }
		]);
	});

	it("names Zod by its minified markers when the chunk's modules are unknown", () => {
		const text = 'var e=class{constructor(t){this._zod={def:t}}};';
		expect(findForbiddenCode([chunk('a.js', [], text)])).toEqual([
			{ file: 'a.js', code: 'the Zod library', evidence: 'text "_zod"' }
		]);
	});

	it.each([
		['src/lib/pathway/schema/pathway-schema.ts', 'pathway schema modules (src/lib/pathway/schema)'],
		['src/lib/server/db/client.ts', 'server code'],
		['src/lib/client/config.server.ts', 'server code'],
		['src/cli/main.ts', 'the command line (src/cli)'],
		['src/routes/author/+page.svelte', 'author studio routes'],
		['src/routes/commissioner/+page.svelte', 'commissioner routes'],
		['src/lib/components/author/Editor.svelte', 'author or commissioner components'],
		['src/lib/components/commissioner/Chart.svelte', 'author or commissioner components'],
		['node_modules/@codemirror/view/dist/index.js', 'CodeMirror'],
		['node_modules/chart.js/dist/chart.js', 'a chart library'],
		['node_modules/d3-scale/src/linear.js', 'a chart library']
	])('names %s as %s', (module, code) => {
		expect(findForbiddenCode([chunk('a.js', [module])])).toEqual([
			{ file: 'a.js', code, evidence: module }
		]);
	});

	it('passes the engine, the patient state, Svelte, Dexie, XState and workbox-window', () => {
		const modules = [
			'src/lib/pathway/compile.ts',
			'src/lib/client/state/session.svelte.ts',
			'src/lib/components/patient/TodayView.svelte',
			'node_modules/svelte/src/internal/client/runtime.js',
			'node_modules/dexie/dist/dexie.js',
			'node_modules/xstate/dist/xstate.esm.js',
			'node_modules/workbox-window/build/workbox-window.prod.es5.mjs'
		];
		expect(findForbiddenCode([chunk('a.js', modules)])).toEqual([]);
	});
});

describe('the production build', () => {
	const routes = findPatientRoutes(ROOT);
	let build: PatientBuild;
	let manifest: ClientManifest;
	let nodes: Map<string, string>;

	beforeAll(async () => {
		build = await ensurePatientBuild(ROOT);
		manifest = readManifest(build);
		nodes = mapRouteFilesToNodes(build, manifest);
	}, 600_000);

	it('has every patient page, with its layouts', () => {
		expect(routes.map((route) => route.path)).toEqual(
			expect.arrayContaining(['/', '/start', '/start/safety', '/today', '/checkin', '/my-data'])
		);
		const today = routes.find((route) => route.path === '/today');
		expect(today?.files).toEqual([
			'src/routes/+layout.ts',
			'src/routes/+layout.svelte',
			'src/routes/(patient)/+layout.ts',
			'src/routes/(patient)/+layout.svelte',
			'src/routes/(patient)/today/+page.svelte'
		]);
	});

	it('builds a route node for every patient page and layout file', () => {
		const missing = routes.flatMap((route) => route.files).filter((file) => !nodes.has(file));
		expect(missing).toEqual([]);
	});

	it('can see Zod in a real chunk: the full schema My data loads only for an old export', () => {
		// Its own chunk, or (when the studio imports the schema too) a chunk shared with the studio;
		// either way My data loads it only lazily.
		const schema =
			manifest['src/lib/pathway/schema/pathway-schema.ts'] ??
			Object.values(manifest).find(
				(c) =>
					c.file.endsWith('.js') &&
					readChunk(build, c.file).modules.includes('src/lib/pathway/schema/pathway-schema.ts')
			);
		expect(schema, 'the lazily loaded schema chunk').toBeDefined();
		const codes = findForbiddenCode([readChunk(build, schema?.file ?? '')]).map(
			(v) => v.code
		);
		expect(codes).toEqual(
			expect.arrayContaining(['the Zod library', 'pathway schema modules (src/lib/pathway/schema)'])
		);
	});

	it('names the modules a route really loads: Today has Dexie, and the engine comes with an enrolment', () => {
		const today = routes.find((route) => route.path === '/today');
		if (today === undefined) throw new Error('no /today route');
		const modulesOf = (keys: readonly string[]) =>
			keys
				.map((key) => manifest[key]?.file ?? key)
				.filter((file) => file.endsWith('.js'))
				.flatMap((file) => readChunk(build, file).modules);
		const closure = routeClosure(manifest, nodes, today);
		const staticModules = modulesOf(closure);
		expect(staticModules).toEqual(
			expect.arrayContaining([
				'src/routes/(patient)/today/+page.svelte',
				'src/lib/client/state/app.svelte.ts',
				'node_modules/dexie/dist/dexie.js'
			])
		);
		// The session, the compiler and XState load (lazily) when there is an enrolment to open.
		expect(staticModules.filter((m) => m.startsWith('node_modules/xstate/'))).toEqual([]);
		const opener = Object.keys(manifest).find((key) => key.endsWith('src/lib/client/state/open-enrolment.ts'));
		if (opener === undefined) throw new Error('open-enrolment.ts is not its own lazily loaded chunk');
		expect(closure.flatMap((key) => manifest[key]?.dynamicImports ?? [])).toContain(opener);
		expect(modulesOf(staticClosure(manifest, [opener]))).toEqual(
			expect.arrayContaining([
				'src/lib/client/state/session.svelte.ts',
				'src/lib/pathway/compile.ts',
				expect.stringMatching(/^node_modules\/xstate\//)
			])
		);
	});

	it.each(routes.map((route) => [route.path, route] as const))(
		'%s loads no Zod, pathway schema, server, CLI, author, commissioner, CodeMirror or chart code',
		(_path, route) => {
			const keys = routeClosure(manifest, nodes, route);
			const chunks = keys
				.map((key) => manifest[key]?.file ?? key)
				.filter((file) => file.endsWith('.js'))
				.map((file) => readChunk(build, file));
			// Chunks are named module by module from their source maps. A chunk without one holds
			// only code Vite generated (an entry facade, the preload helper) or the pathway bundle's
			// generated data (JSON.parse of a string); once that data is set aside it is small, and a
			// big one could hide a module from the check below.
			const unmapped = chunks.filter((c) => !c.hasSourceMap && withoutJsonData(c.text).length > 2_000);
			expect(unmapped.map((c) => c.file)).toEqual([]);
			const outside = chunks.flatMap((c) => c.modules).filter((m) => m.startsWith('../'));
			expect(outside).toEqual([]);
			expect(findForbiddenCode(chunks)).toEqual([]);
		}
	);

	it(`downloads at most ${kb(BUDGETS.firstScreenGzipBytes)} of gzipped JavaScript for the first screen (/ and /start)`, () => {
		const first = measureFirstScreen(build, manifest);
		const report = [
			`First screen: ${kb(first.gzipBytes)} gzipped (budget ${kb(first.budgetGzipBytes)}), ` +
				`${kb(first.bytes)} raw, in ${first.modules.length} route files + service-worker.js ` +
				`(${kb(first.serviceWorker.gzipBytes)} gzipped). Biggest contributors:`,
			...describeContributors(build, first.modules)
		].join('\n  ');
		expect(first.gzipBytes, report).toBeLessThanOrEqual(BUDGETS.firstScreenGzipBytes);
	});

	it(`precaches at most ${(BUDGETS.precacheBytes / 1e6).toFixed(1)} MB (raw bytes) in the service worker`, () => {
		const precache = listPrecache(build);
		// The list is read from the built service worker: it must hold the shell and the pages.
		const urls = precache.entries.map((entry) => entry.url);
		expect(urls).toEqual(expect.arrayContaining(['/', '/today', '/checkin', '/manifest.webmanifest']));
		// It holds what every patient route loads (src/cli/build/patient-precache.ts), not the
		// studio or commissioner files (tests/build/studio-isolation.test.ts).
		const needed = routes
			.flatMap((route) => routeClosure(manifest, nodes, route))
			.flatMap((key) => {
				const c = manifest[key];
				return c === undefined ? [] : [c.file, ...(c.css ?? []), ...(c.assets ?? [])];
			});
		expect([...new Set(needed)].map((file) => `/${file}`).filter((url) => !urls.includes(url))).toEqual([]);
		const report = [
			`Precache: ${kb(precache.bytes)} raw (budget ${kb(precache.budgetBytes)}), ` +
				`${kb(precache.gzipBytes)} gzipped, ${precache.entries.length} URLs. Biggest:`,
			...describeContributors(build, precache.entries)
		].join('\n  ');
		expect(precache.bytes, report).toBeLessThanOrEqual(BUDGETS.precacheBytes);
	});
});

/** Chunk code with the data of `JSON.parse(\`...\`)` / `JSON.parse("...")` calls taken out. */
function withoutJsonData(code: string): string {
	return code.replace(/JSON\.parse\((`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)/g, 'JSON.parse(0)');
}
