/**
 * The studio stays out of the patient app (architecture.md decision 9, issue D): in a production
 * build, no patient route's module graph (static and lazily loaded imports alike) contains
 * studio code (src/lib/studio, the /author route, CodeMirror or dagre), and the service worker
 * precaches none of it. Uses the patient bundle test's build (bench/patient/build.ts).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePatientBuild, type PatientBuild } from '../../bench/patient/build.js';
import {
	findEntryKeys,
	findPatientRoutes,
	listPrecache,
	mapRouteFilesToNodes,
	readChunk,
	readManifest,
	staticClosure,
	type ClientManifest
} from '../../bench/patient/bundle.js';

const ROOT = join(import.meta.dirname, '../..');

/** Module paths that are studio code. */
const STUDIO_CODE = [
	/^src\/lib\/studio\//,
	/^src\/routes\/author\//,
	/^node_modules\/@codemirror\//,
	/^node_modules\/codemirror\//,
	/^node_modules\/@lezer\//,
	/^node_modules\/@dagrejs\//
];

const isStudioModule = (module: string): boolean => STUDIO_CODE.some((re) => re.test(module));
const isRouteNode = (key: string): boolean =>
	/\/generated\/client(?:-optimized)?\/nodes\/\d+\.js$/.test(key);

/**
 * Every manifest key loading `start` can lead to, lazily loaded chunks included, without
 * entering another route's node (SvelteKit's app entry lazily imports every node).
 */
function moduleGraph(manifest: ClientManifest, start: readonly string[]): string[] {
	const seen = new Set<string>();
	const queue = [...start];
	for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
		if (seen.has(key)) continue;
		const chunk = manifest[key];
		if (chunk === undefined) throw new Error(`"${key}" is not in the client manifest`);
		seen.add(key);
		queue.push(...(chunk.imports ?? []));
		queue.push(...(chunk.dynamicImports ?? []).filter((next) => !isRouteNode(next)));
	}
	return [...seen];
}

describe('the module graph walk', () => {
	const manifest: ClientManifest = {
		'entry.js': { file: 'entry.js', isEntry: true, dynamicImports: ['a/generated/client/nodes/1.js'] },
		'a/generated/client/nodes/0.js': { file: 'n0.js', isEntry: true, dynamicImports: ['_lazy.js'] },
		'a/generated/client/nodes/1.js': { file: 'n1.js', isEntry: true, imports: ['_editor.js'] },
		'_lazy.js': { file: 'lazy.js', imports: ['_shared.js'] },
		'_editor.js': { file: 'editor.js' },
		'_shared.js': { file: 'shared.js' }
	};

	it("follows lazy imports but never into another route's node", () => {
		expect(moduleGraph(manifest, ['entry.js', 'a/generated/client/nodes/0.js']).sort()).toEqual([
			'_lazy.js',
			'_shared.js',
			'a/generated/client/nodes/0.js',
			'entry.js'
		]);
	});

	it('names studio modules and passes patient ones', () => {
		expect(isStudioModule('node_modules/@codemirror/view/dist/index.js')).toBe(true);
		expect(isStudioModule('src/lib/studio/pathway-diagram.ts')).toBe(true);
		expect(isStudioModule('node_modules/@dagrejs/dagre/dist/dagre.esm.js')).toBe(true);
		expect(isStudioModule('src/lib/pathway/compile.ts')).toBe(false);
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

	const modulesOf = (keys: readonly string[]): string[] =>
		keys
			.map((key) => manifest[key]?.file ?? key)
			.filter((file) => file.endsWith('.js'))
			.flatMap((file) => readChunk(build, file).modules);

	it('has the studio route, and it does load CodeMirror, dagre and the studio (so the check can see them)', () => {
		const node = nodes.get('src/routes/author/+page.svelte');
		expect(node, 'the /author page node').toBeDefined();
		const modules = modulesOf(moduleGraph(manifest, [node ?? '']));
		expect(modules.filter(isStudioModule)).toEqual(
			expect.arrayContaining([
				'src/routes/author/+page.svelte',
				expect.stringMatching(/^node_modules\/@codemirror\/view\//),
				expect.stringMatching(/^node_modules\/@dagrejs\/dagre\//),
				'src/lib/studio/pathway-diagram.ts'
			])
		);
	});

	it.each(routes.map((route) => [route.path, route] as const))(
		'%s loads no studio code, now or lazily',
		(_path, route) => {
			const start = [
				...findEntryKeys(manifest),
				...route.files.map((file) => {
					const node = nodes.get(file);
					if (node === undefined) throw new Error(`No route node in the manifest loads ${file}`);
					return node;
				})
			];
			// The entries' lazy imports are the route nodes; their static closure is what every page loads.
			const keys = [
				...staticClosure(manifest, findEntryKeys(manifest)),
				...moduleGraph(manifest, start.filter(isRouteNode))
			];
			expect(modulesOf([...new Set(keys)]).filter(isStudioModule)).toEqual([]);
		}
	);

	it('precaches no studio file and not the /author page', () => {
		const precache = listPrecache(build);
		const urls = precache.entries.map((entry) => entry.url);
		expect(urls).not.toContain('/author');
		const studio = urls
			.filter((url) => url.endsWith('.js') && url.startsWith('/_app/immutable/'))
			.flatMap((url) => readChunk(build, url.replace(/^\/_app\/immutable\//, '_app/immutable/')).modules)
			.filter(isStudioModule);
		expect(studio).toEqual([]);
	});
});
