/**
 * `limberPathways()`: the Vite plugin that turns `pathways/` into the app's bundle at build time.
 * A pathway with an error fails `npm run build` with `file:line:col` messages; warnings are
 * printed. The app imports:
 *
 * - `virtual:limber/pathways`: `summaries`, `areas` (locality names and postcode districts),
 *   `loadLocalities()` and `loadPathway(id)`, which load the full localities and one pathway
 *   lazily (each its own chunk, precached by the service worker), so a new patient's first
 *   screen downloads neither;
 * - `virtual:limber/localities`: every locality with its services, as a default export;
 * - `virtual:limber/pathway/<id>`: one pathway as a default export.
 */
import type { Plugin } from 'vite';
import { buildPathwayBundle, formatBundleErrors, type PathwayBundle } from './pathway-bundle.js';

const INDEX_ID = 'virtual:limber/pathways';
const LOCALITIES_ID = 'virtual:limber/localities';
const PATHWAY_PREFIX = 'virtual:limber/pathway/';

export interface LimberPathwaysOptions {
	/** Project root (default: the Vite root). */
	readonly root?: string;
	/** Today's date for the review-overdue rule (default: the build machine's local date). */
	readonly today?: string;
}

/** The Vite plugin. */
export function limberPathways(options: LimberPathwaysOptions = {}): Plugin {
	let root = options.root ?? process.cwd();
	let bundle: PathwayBundle | undefined;

	const rebuild = async (): Promise<{ ok: true } | { ok: false; message: string }> => {
		const today = options.today ?? new Date().toLocaleDateString('en-CA');
		const result = await buildPathwayBundle({ root, today });
		if (!result.ok) {
			bundle = undefined;
			return { ok: false, message: formatBundleErrors(result.errors) };
		}
		bundle = result.bundle;
		return { ok: true };
	};

	return {
		name: 'limber-pathways',
		configResolved(config) {
			root = options.root ?? config.root;
		},
		async buildStart() {
			const result = await rebuild();
			if (!result.ok) this.error(result.message);
			for (const file of bundle?.files ?? []) this.addWatchFile(file);
		},
		resolveId(id) {
			return id === INDEX_ID || id === LOCALITIES_ID || id.startsWith(PATHWAY_PREFIX)
				? `\0${id}`
				: undefined;
		},
		load(id) {
			if (!id.startsWith('\0virtual:limber/')) return undefined;
			if (bundle === undefined) this.error('The pathway bundle is not built; see the errors above.');
			if (id === `\0${INDEX_ID}`) return indexModule(bundle);
			if (id === `\0${LOCALITIES_ID}`) {
				return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle.localities))});\n`;
			}
			const pathwayId = id.slice(`\0${PATHWAY_PREFIX}`.length);
			const pathway = bundle.pathways[pathwayId];
			if (pathway === undefined) this.error(`No active pathway "${pathwayId}" in the bundle.`);
			// JSON.parse of a string literal is faster to load than the same object as JS.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(pathway))});\n`;
		},
		async handleHotUpdate(context) {
			if (!context.file.includes('/pathways/')) return undefined;
			const result = await rebuild();
			if (!result.ok) context.server.config.logger.error(result.message);
			const module = context.server.moduleGraph.getModuleById(`\0${INDEX_ID}`);
			return module === undefined ? [] : [module];
		}
	};
}

function indexModule(bundle: PathwayBundle): string {
	const areas = bundle.localities.map(({ id, name, example, postcodeDistricts }) => ({
		id,
		name,
		example,
		postcodeDistricts
	}));
	const loaders = Object.keys(bundle.pathways)
		.map((id) => `\t${JSON.stringify(id)}: () => import(${JSON.stringify(`${PATHWAY_PREFIX}${id}`)})`)
		.join(',\n');
	return [
		`export const summaries = JSON.parse(${JSON.stringify(JSON.stringify(bundle.summaries))});`,
		`export const areas = JSON.parse(${JSON.stringify(JSON.stringify(areas))});`,
		'export async function loadLocalities() {',
		`\treturn (await import(${JSON.stringify(LOCALITIES_ID)})).default;`,
		'}',
		`const loaders = {\n${loaders}\n};`,
		'export async function loadPathway(id) {',
		'\tconst load = loaders[id];',
		'\treturn load === undefined ? undefined : (await load()).default;',
		'}',
		''
	].join('\n');
}
