/**
 * `patientPrecache()`: the Vite plugin that tells the service worker which built files the
 * patient app needs (architecture.md decisions 9 and 10). SvelteKit's `$service-worker` `build`
 * list names every file of every route; precaching all of it would download the studio
 * (CodeMirror, dagre) and the commissioner charts onto every patient's phone and break the
 * 1.5 MB precache budget.
 *
 * In the client build the plugin walks the chunk graph (static and dynamic imports, with their
 * CSS and assets) from every entry except the route nodes of `/author` and `/commissioner`, and
 * hands the list to the service-worker build as the constant `__LIMBER_PATIENT_PRECACHE__`,
 * with the patient pages as `__LIMBER_PATIENT_PAGES__`.
 * SvelteKit builds the service worker after the client, with the `define` values of the server
 * build's config; the plugin adds the list there. Studio files are cached at run time instead,
 * when /author is visited (src/service-worker/index.ts).
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The constant the service worker reads: a string holding a JSON array of URLs. */
export const PATIENT_PRECACHE_CONSTANT = '__LIMBER_PATIENT_PRECACHE__';

/**
 * The constant with the patient pages (prerendered by the (patient) layout), a string holding a
 * JSON array of paths. The worker cannot take them from `$service-worker`'s `prerendered`: that
 * list names the studio page too, and the worker must not even mention what it never precaches.
 */
export const PATIENT_PAGES_CONSTANT = '__LIMBER_PATIENT_PAGES__';

/** Where the patient pages are. */
const PATIENT_ROUTES_DIR = 'src/routes/(patient)';

/** The URL path of every page under `src/routes/(patient)`, sorted (`/`, `/start/safety`). */
export function listPatientPages(root: string): string[] {
	return readdirSync(join(root, PATIENT_ROUTES_DIR), { recursive: true })
		.map((entry) => String(entry).split(sep).join('/'))
		.filter((entry) => entry === '+page.svelte' || entry.endsWith('/+page.svelte'))
		.map((entry) => {
			// Route groups such as `(onboarding)` are not part of the URL.
			const segments = entry.split('/').slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
			return `/${segments.join('/')}`;
		})
		.sort();
}

/** Route folders whose code is never precached: the studio and the commissioner pages. */
const NOT_PATIENT_ROUTE = /\/src\/routes\/(?:author|commissioner)(?:\/|$)/;

/** Where the server build's `define` values are kept until the client build has finished. */
const DEFINE_SLOT = Symbol.for('limber.patientPrecache.define');

type DefineHolder = { [DEFINE_SLOT]?: Record<string, unknown> };

/** A chunk or asset as the plugin sees it (the part of Rolldown's output it needs). */
export interface BundleFile {
	readonly type: 'chunk' | 'asset';
	readonly fileName: string;
	readonly isEntry?: boolean;
	readonly imports?: readonly string[];
	readonly dynamicImports?: readonly string[];
	readonly moduleIds?: readonly string[];
	readonly viteMetadata?: {
		readonly importedCss: ReadonlySet<string>;
		readonly importedAssets: ReadonlySet<string>;
	};
}

/**
 * Modules a patient route loads only online, for a rare task: the full pathway schema (with Zod),
 * which My data loads only to restore a backup made by an older version of the app. A chunk
 * holding one of them is not precached when it is reached only through a dynamic import; the
 * page says to connect to the internet if it cannot load it. That keeps about 107 KB off every
 * phone (the 1.5 MB precache budget).
 */
const ONLINE_ONLY_MODULE = /\/src\/lib\/pathway\/schema\/pathway-schema\.ts$/;

/**
 * The files patient routes can load: everything reachable from the entries that are not studio
 * or commissioner route nodes, without passing through those nodes, and without the online-only
 * chunks that are reached only by a dynamic import. Sorted, as `/`-rooted URLs.
 */
export function listPatientFiles(bundle: Readonly<Record<string, BundleFile>>): string[] {
	const isExcluded = (file: BundleFile): boolean =>
		file.type === 'chunk' && (file.moduleIds ?? []).some((id) => NOT_PATIENT_ROUTE.test(id));
	const isOnlineOnly = (file: BundleFile): boolean =>
		file.type === 'chunk' && (file.moduleIds ?? []).some((id) => ONLINE_ONLY_MODULE.test(id));
	const reached = new Set<string>();
	const queue: { name: string; dynamic: boolean }[] = Object.values(bundle)
		.filter((file) => file.type === 'chunk' && file.isEntry === true && !isExcluded(file))
		.map((file) => ({ name: file.fileName, dynamic: false }));
	while (queue.length > 0) {
		const next = queue.pop();
		if (next === undefined || reached.has(next.name)) continue;
		const file = bundle[next.name];
		if (file === undefined || isExcluded(file)) continue;
		if (next.dynamic && isOnlineOnly(file)) continue;
		reached.add(next.name);
		if (file.type !== 'chunk') continue;
		queue.push(...(file.imports ?? []).map((name) => ({ name, dynamic: false })));
		queue.push(...(file.dynamicImports ?? []).map((name) => ({ name, dynamic: true })));
		queue.push(...[...(file.viteMetadata?.importedCss ?? [])].map((name) => ({ name, dynamic: false })));
		queue.push(
			...[...(file.viteMetadata?.importedAssets ?? [])].map((name) => ({ name, dynamic: false }))
		);
	}
	return [...reached].sort().map((name) => `/${name}`);
}

/** The Vite plugin (production builds only; dev serves no service worker). */
export function patientPrecache(): Plugin {
	let config: ResolvedConfig | undefined;
	return {
		name: 'limber-patient-precache',
		apply: 'build',
		configResolved(resolved) {
			config = resolved;
			// The server build runs first and builds the service worker with these values.
			if (resolved.build.ssr) (globalThis as DefineHolder)[DEFINE_SLOT] = resolved.define;
		},
		writeBundle(_options, bundle) {
			if (config === undefined || config.build.ssr) return;
			const define = (globalThis as DefineHolder)[DEFINE_SLOT];
			if (define === undefined) {
				this.error('The patient precache list has no server build to give it to.');
			}
			const files = listPatientFiles(bundle);
			// A string of JSON, parsed by the worker: the minifier leaves each URL a quoted literal
			// (it folds an array of strings into one split call).
			define[PATIENT_PRECACHE_CONSTANT] = JSON.stringify(JSON.stringify(files));
			define[PATIENT_PAGES_CONSTANT] = JSON.stringify(JSON.stringify(listPatientPages(config.root)));
		}
	};
}
