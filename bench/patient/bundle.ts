/**
 * What a patient's browser downloads, read from a production build: the JavaScript each patient
 * route loads statically (from Vite's client manifest), the modules inside each chunk (from the
 * build's hidden source maps), the code patient routes must never load (architecture.md,
 * decision 9), and the byte budgets of issue B: at most 100 KB of gzipped JavaScript for the
 * first screen and at most 1.5 MB precached by the service worker.
 *
 * Units are decimal and conservative: 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes. "Gzipped" is
 * each file compressed on its own with gzip level 9; the precache is counted in raw bytes (what
 * the Cache Storage holds), which is more than its transfer size.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budgets (bytes). */
export const BUDGETS = {
	/** JavaScript for the first screen (`/` and `/start`), gzipped: 100 KB. */
	firstScreenGzipBytes: 100_000,
	/** Everything the service worker precaches, raw: 1.5 MB. */
	precacheBytes: 1_500_000
} as const;

/** The routes a new patient sees first: the front door sends them to onboarding. */
export const FIRST_SCREEN_ROUTES = ['/', '/start'] as const;

/** One entry of Vite's client manifest (`.vite/manifest.json`). */
export interface ManifestChunk {
	readonly file: string;
	readonly src?: string;
	readonly isEntry?: boolean;
	readonly isDynamicEntry?: boolean;
	readonly imports?: readonly string[];
	readonly dynamicImports?: readonly string[];
	readonly css?: readonly string[];
	readonly assets?: readonly string[];
}

export type ClientManifest = Readonly<Record<string, ManifestChunk>>;

/**
 * The manifest keys that loading `keys` loads too: each one and everything it imports
 * statically, transitively. Dynamic imports are not followed (they load only when the code
 * runs them). Keys are returned in the order they are first reached.
 * @throws Error for a key that is not in the manifest
 */
export function staticClosure(manifest: ClientManifest, keys: readonly string[]): string[] {
	const seen = new Set<string>();
	const queue = [...keys];
	for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
		if (seen.has(key)) continue;
		const chunk = manifest[key];
		if (chunk === undefined) throw new Error(`"${key}" is not in the client manifest`);
		seen.add(key);
		queue.push(...(chunk.imports ?? []));
	}
	return [...seen];
}

/** Code that must never reach a patient route, found by module path or by its text. */
export interface ForbiddenCode {
	readonly name: string;
	/** Matched against project-relative module paths (`node_modules/zod/...`, `src/...`). */
	readonly modules?: RegExp;
	/** Matched against the chunk's JavaScript (markers that survive minification). */
	readonly text?: RegExp;
}

const CHART_PACKAGES = [
	'chart\\.js',
	'd3',
	'd3-[a-z-]+',
	'echarts',
	'zrender',
	'apexcharts',
	'uplot',
	'layercake',
	'layerchart',
	'plotly\\.js[a-z-]*',
	'vega[a-z-]*',
	'highcharts',
	'@observablehq/plot',
	'chartist',
	'frappe-charts',
	'billboard\\.js',
	'c3',
	'recharts',
	'victory[a-z-]*',
	'@nivo/[a-z-]+',
	'@unovis/[a-z-]+'
];

/** What patient routes must not load (architecture.md decision 9, issue B). */
export const PATIENT_FORBIDDEN: readonly ForbiddenCode[] = [
	{
		name: 'the Zod library',
		modules: /(?:^|\/)node_modules\/zod\//,
		// Zod's internal property and class names survive minification.
		text: /\b_zod\b|\$ZodType|\bZodError\b/
	},
	{
		// Type-only imports leave nothing behind; any module from here in a chunk is run-time code.
		name: 'pathway schema modules (src/lib/pathway/schema)',
		modules: /^src\/lib\/pathway\/schema\//
	},
	{ name: 'server code', modules: /^src\/lib\/server\/|\.server\.[jt]s$/ },
	{ name: 'the command line (src/cli)', modules: /^src\/cli\// },
	{ name: 'author studio routes', modules: /^src\/routes\/author\// },
	{ name: 'commissioner routes', modules: /^src\/routes\/commissioner\// },
	{
		name: 'author or commissioner components',
		modules: /^src\/lib\/components\/(?:author|commissioner)/
	},
	{
		name: 'CodeMirror',
		modules: /(?:^|\/)node_modules\/(?:@codemirror\/|codemirror\/|@lezer\/|svelte-codemirror)/
	},
	{
		name: 'a chart library',
		modules: new RegExp(`(?:^|/)node_modules/(?:${CHART_PACKAGES.join('|')})/`)
	}
];

/** One chunk's JavaScript and the modules it was built from. */
export interface ChunkContents {
	readonly file: string;
	readonly text: string;
	/** Project-relative module paths, from the chunk's source map. */
	readonly modules: readonly string[];
	/** False when the chunk has no source map, so its modules are unknown. */
	readonly hasSourceMap: boolean;
}

export interface Violation {
	readonly file: string;
	readonly code: string;
	/** The module path or the text that matched. */
	readonly evidence: string;
}

/** Every forbidden module or marker in the chunks. */
export function findForbiddenCode(
	chunks: readonly ChunkContents[],
	rules: readonly ForbiddenCode[] = PATIENT_FORBIDDEN
): Violation[] {
	const found: Violation[] = [];
	for (const chunk of chunks) {
		for (const rule of rules) {
			const module = rule.modules && chunk.modules.find((path) => rule.modules?.test(path));
			if (module !== undefined) {
				found.push({ file: chunk.file, code: rule.name, evidence: module });
				continue;
			}
			const marker = rule.text?.exec(chunk.text);
			if (marker)
				found.push({ file: chunk.file, code: rule.name, evidence: `text "${marker[0]}"` });
		}
	}
	return found;
}

/** Where a build is, as far as reading it goes. */
export interface BuildFolders {
	readonly root: string;
	readonly kitDir: string;
	readonly clientDir: string;
	readonly prerenderedDir: string;
	readonly manifestPath: string;
}

/** A patient page and the route files that make it: its layouts (outermost first) and itself. */
export interface PatientRoute {
	/** The URL path, e.g. `/start/safety`. */
	readonly path: string;
	/** Project-relative route files: `+layout.svelte`/`+layout.ts` files, then `+page.svelte`. */
	readonly files: readonly string[];
}

const PATIENT_ROUTES_DIR = 'src/routes/(patient)';
const ROUTE_FILES = ['+layout.ts', '+layout.js', '+layout.svelte'] as const;
const PAGE_FILES = ['+page.ts', '+page.js', '+page.svelte'] as const;

/** Every patient page under src/routes/(patient), from the file system, sorted by path. */
export function findPatientRoutes(root: string): PatientRoute[] {
	const base = join(root, PATIENT_ROUTES_DIR);
	const pages = readdirSync(base, { recursive: true })
		.map((entry) => String(entry).split(sep).join('/'))
		.filter((entry) => entry === '+page.svelte' || entry.endsWith('/+page.svelte'));
	return pages
		.map((page) => {
			const folder = dirname(join(PATIENT_ROUTES_DIR, page)).split(sep).join('/');
			const files: string[] = [];
			// Layouts from src/routes down to the page's folder.
			const parts = folder.split('/');
			for (let depth = 2; depth <= parts.length; depth++) {
				const dir = parts.slice(0, depth).join('/');
				for (const name of dir === folder ? [...ROUTE_FILES, ...PAGE_FILES] : ROUTE_FILES) {
					if (existsSync(join(root, dir, name))) files.push(`${dir}/${name}`);
				}
			}
			const path = `/${folder
				.split('/')
				.slice(2)
				.filter((segment) => !/^\(.*\)$/.test(segment))
				.join('/')}`;
			return { path, files };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Which manifest key (a SvelteKit route node) loads each route file, read from the node modules
 * SvelteKit generated (`<kit>/generated/client-optimized/nodes/<n>.js` import the route files).
 */
export function mapRouteFilesToNodes(
	folders: Pick<BuildFolders, 'root'>,
	manifest: ClientManifest
): Map<string, string> {
	const byFile = new Map<string, string>();
	for (const key of Object.keys(manifest)) {
		if (!/\/generated\/client(?:-optimized)?\/nodes\/\d+\.js$/.test(key)) continue;
		const nodePath = join(folders.root, key);
		const source = readFileSync(nodePath, 'utf8');
		for (const match of source.matchAll(/from\s+["']([^"']+)["']/g)) {
			const target = relative(folders.root, resolve(dirname(nodePath), match[1] ?? ''));
			byFile.set(target.split(sep).join('/'), key);
		}
	}
	return byFile;
}

/** SvelteKit's entry chunks (`start` and `app`): every page loads them. */
export function findEntryKeys(manifest: ClientManifest): string[] {
	return Object.keys(manifest).filter(
		(key) => manifest[key]?.isEntry === true && manifest[key]?.file.includes('/entry/') === true
	);
}

/** The manifest keys a route loads: the entries and the route's nodes, with static closures. */
export function routeClosure(
	manifest: ClientManifest,
	nodes: ReadonlyMap<string, string>,
	route: PatientRoute
): string[] {
	const keys = new Set(findEntryKeys(manifest));
	for (const file of route.files) {
		const node = nodes.get(file);
		if (node === undefined) throw new Error(`No route node in the manifest loads ${file}`);
		keys.add(node);
	}
	return staticClosure(manifest, [...keys]);
}

/** Reads the client manifest of a build. */
export function readManifest(folders: Pick<BuildFolders, 'manifestPath'>): ClientManifest {
	return JSON.parse(readFileSync(folders.manifestPath, 'utf8')) as ClientManifest;
}

/**
 * Where SvelteKit wrote a client file, next to its source map. The adapter copies the files into
 * the build folder at another depth, so source paths resolve only from here.
 */
function kitClientPath(folders: BuildFolders, file: string): string {
	return join(folders.kitDir, 'output/client', file);
}

/** Reads a built chunk and the modules its source map names. */
export function readChunk(folders: BuildFolders, file: string): ChunkContents {
	const path = kitClientPath(folders, file);
	const text = readFileSync(path, 'utf8');
	const map = readSourceMap(path);
	const modules = (map?.sources ?? []).map((source) => toProjectPath(folders.root, path, source));
	return { file, text, modules, hasSourceMap: map !== undefined };
}

interface SourceMap {
	readonly sources: readonly string[];
	readonly mappings: string;
}

function readSourceMap(chunkPath: string): SourceMap | undefined {
	if (!existsSync(`${chunkPath}.map`)) return undefined;
	return JSON.parse(readFileSync(`${chunkPath}.map`, 'utf8')) as SourceMap;
}

function toProjectPath(root: string, chunkPath: string, source: string): string {
	return relative(root, resolve(dirname(chunkPath), source))
		.split(sep)
		.join('/');
}

/** A file's size, raw and gzipped (level 9). */
export interface FileSize {
	readonly file: string;
	readonly bytes: number;
	readonly gzipBytes: number;
}

/** The size of one file. */
export function sizeOf(path: string, file: string): FileSize {
	const content = readFileSync(path);
	return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function total(files: readonly FileSize[]): { bytes: number; gzipBytes: number } {
	return {
		bytes: files.reduce((sum, f) => sum + f.bytes, 0),
		gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0)
	};
}

export interface FirstScreen {
	readonly routes: readonly string[];
	/** The route JavaScript (entries, nodes, static closures), largest first. */
	readonly modules: readonly FileSize[];
	/** The service worker script, fetched when the first screen registers it. */
	readonly serviceWorker: FileSize;
	readonly bytes: number;
	/** Everything above, gzipped file by file: what the budget limits. */
	readonly gzipBytes: number;
	readonly budgetGzipBytes: number;
	readonly passed: boolean;
}

/**
 * The JavaScript a new patient downloads for the first screen: the union of what `/` and
 * `/start` load statically (SvelteKit's entries, the layouts' and pages' nodes and everything
 * they import, workbox-window's registration included) plus the service worker script that
 * registration fetches.
 */
export function measureFirstScreen(
	folders: BuildFolders,
	manifest: ClientManifest = readManifest(folders)
): FirstScreen {
	const nodes = mapRouteFilesToNodes(folders, manifest);
	const routes = findPatientRoutes(folders.root).filter((route) =>
		(FIRST_SCREEN_ROUTES as readonly string[]).includes(route.path)
	);
	if (routes.length !== FIRST_SCREEN_ROUTES.length) {
		throw new Error(`Expected the routes ${FIRST_SCREEN_ROUTES.join(' and ')} under (patient)`);
	}
	const keys = new Set(routes.flatMap((route) => routeClosure(manifest, nodes, route)));
	const modules = [...keys]
		.map((key) => manifest[key]?.file ?? key)
		.filter((file) => file.endsWith('.js'))
		.map((file) => sizeOf(join(folders.clientDir, file), file))
		.sort((a, b) => b.gzipBytes - a.gzipBytes);
	const serviceWorker = sizeOf(join(folders.clientDir, 'service-worker.js'), 'service-worker.js');
	const sum = total([...modules, serviceWorker]);
	return {
		routes: FIRST_SCREEN_ROUTES,
		modules,
		serviceWorker,
		...sum,
		budgetGzipBytes: BUDGETS.firstScreenGzipBytes,
		passed: sum.gzipBytes <= BUDGETS.firstScreenGzipBytes
	};
}

/** One precached URL and the file behind it. */
export interface PrecacheEntry extends FileSize {
	readonly url: string;
}

export interface Precache {
	readonly entries: readonly PrecacheEntry[];
	/** Raw bytes: what the budget limits. */
	readonly bytes: number;
	/** For reference: the transfer size if every file were sent gzipped. */
	readonly gzipBytes: number;
	readonly budgetBytes: number;
	readonly passed: boolean;
}

/**
 * Every URL the built service worker precaches, with its size: each file of the build (the
 * client folder and the prerendered pages) whose URL the service worker script names. Files the
 * script does not name (precompressed copies, source maps, `version.json`) are not precached.
 */
export function listPrecache(folders: BuildFolders): Precache {
	const script = readFileSync(join(folders.clientDir, 'service-worker.js'), 'utf8');
	const candidates: { url: string; path: string }[] = [];
	for (const entry of readdirSync(folders.clientDir, { recursive: true })) {
		const file = String(entry).split(sep).join('/');
		const path = join(folders.clientDir, file);
		if (file === 'service-worker.js' || !statSync(path).isFile()) continue;
		candidates.push({ url: `/${file}`, path });
	}
	for (const entry of readdirSync(folders.prerenderedDir, { recursive: true })) {
		const file = String(entry).split(sep).join('/');
		if (!file.endsWith('.html')) continue;
		const page = file.replace(/\.html$/, '').replace(/(?:^|\/)index$/, '');
		candidates.push({ url: `/${page}`, path: join(folders.prerenderedDir, file) });
	}
	const entries = candidates
		.filter(({ url }) => isNamedIn(script, url))
		.map(({ url, path }) => ({ url, ...sizeOf(path, url) }))
		.sort((a, b) => b.bytes - a.bytes);
	const sum = total(entries);
	return {
		entries,
		...sum,
		budgetBytes: BUDGETS.precacheBytes,
		passed: sum.bytes <= BUDGETS.precacheBytes
	};
}

/** True when the script has `url` as a whole string literal (any quote). */
function isNamedIn(script: string, url: string): boolean {
	const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`["'\`]${escaped}["'\`]`).test(script);
}

/** A chunk's raw bytes by module, from its source map (node_modules grouped by package). */
export function attributeBytes(folders: BuildFolders, file: string): Map<string, number> {
	const path = kitClientPath(folders, file);
	const map = readSourceMap(path);
	const text = readFileSync(path, 'utf8');
	const bytes = new Map<string, number>();
	if (map === undefined) return bytes.set('(no source map)', text.length);
	const names = map.sources.map((source) =>
		packageOrPath(toProjectPath(folders.root, path, source))
	);
	const lines = text.split('\n');
	let mapped = 0;
	decodeMappings(map.mappings).forEach((segments, index) => {
		const length = lines[index]?.length ?? 0;
		segments.forEach(([column, source], i) => {
			const end = segments[i + 1]?.[0] ?? length;
			if (source === undefined) return;
			const name = names[source] ?? '(unknown)';
			bytes.set(name, (bytes.get(name) ?? 0) + (end - column));
			mapped += end - column;
		});
	});
	// Virtual modules (the pathway index) have no source map: their bytes are left over.
	if (text.length > mapped) bytes.set('(unmapped: virtual modules)', text.length - mapped);
	return bytes;
}

function packageOrPath(path: string): string {
	const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
	return match?.[1] ?? path;
}

/** Decodes source-map `mappings` into [generated column, source index] pairs per line. */
function decodeMappings(mappings: string): [number, number | undefined][][] {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
	const lines: [number, number | undefined][][] = [];
	let source = 0;
	for (const line of mappings.split(';')) {
		const segments: [number, number | undefined][] = [];
		let column = 0;
		for (const segment of line.split(',')) {
			if (segment === '') continue;
			const fields: number[] = [];
			let value = 0;
			let shift = 0;
			for (const char of segment) {
				const digit = chars.indexOf(char);
				value += (digit & 31) << shift;
				if (digit & 32) {
					shift += 5;
				} else {
					fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
					value = 0;
					shift = 0;
				}
			}
			column += fields[0] ?? 0;
			if (fields.length > 1) source += fields[1] ?? 0;
			segments.push([column, fields.length > 1 ? source : undefined]);
		}
		lines.push(segments);
	}
	return lines;
}

/** The biggest files and, for each, its biggest modules: what to cut when a budget fails. */
export function describeContributors(
	folders: BuildFolders,
	files: readonly FileSize[],
	top = 8
): string[] {
	return [...files]
		.sort((a, b) => b.gzipBytes - a.gzipBytes)
		.slice(0, top)
		.map((size) => {
			const parts = size.file.endsWith('.js')
				? [...attributeBytes(folders, size.file.replace(/^\//, ''))]
						.sort((a, b) => b[1] - a[1])
						.slice(0, 5)
						.map(([name, bytes]) => `${name} ${kb(bytes)}`)
				: [];
			const head = `${size.file}: ${kb(size.gzipBytes)} gzipped (${kb(size.bytes)} raw)`;
			return parts.length === 0 ? head : `${head}; raw by module: ${parts.join(', ')}`;
		});
}

/** Bytes as decimal kilobytes with one decimal, e.g. "51.2 KB". */
export function kb(bytes: number): string {
	return `${(bytes / 1000).toFixed(1)} KB`;
}
