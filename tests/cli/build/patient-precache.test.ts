/** Which built files the service worker precaches for patients: never the studio's. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
	listPatientFiles,
	listPatientPages,
	type BundleFile
} from '../../../src/cli/build/patient-precache.js';

const meta = (css: string[] = [], assets: string[] = []) => ({
	importedCss: new Set(css),
	importedAssets: new Set(assets)
});

const BUNDLE: Record<string, BundleFile> = {
	'entry/app.js': {
		type: 'chunk',
		fileName: 'entry/app.js',
		isEntry: true,
		imports: ['chunks/shared.js'],
		dynamicImports: ['nodes/0.js', 'nodes/1.js'],
		moduleIds: ['/p/.svelte-kit/generated/client-optimized/app.js']
	},
	'nodes/0.js': {
		type: 'chunk',
		fileName: 'nodes/0.js',
		isEntry: true,
		dynamicImports: ['chunks/pathway.js'],
		moduleIds: ['/p/src/routes/(patient)/today/+page.svelte'],
		viteMetadata: meta(['assets/today.css'], ['assets/logo.svg'])
	},
	'nodes/1.js': {
		type: 'chunk',
		fileName: 'nodes/1.js',
		isEntry: true,
		imports: ['chunks/codemirror.js', 'chunks/shared.js'],
		moduleIds: ['/p/src/routes/author/+page.svelte'],
		viteMetadata: meta(['assets/studio.css'])
	},
	'chunks/shared.js': { type: 'chunk', fileName: 'chunks/shared.js' },
	'chunks/pathway.js': { type: 'chunk', fileName: 'chunks/pathway.js' },
	'chunks/codemirror.js': { type: 'chunk', fileName: 'chunks/codemirror.js' },
	'assets/today.css': { type: 'asset', fileName: 'assets/today.css' },
	'assets/studio.css': { type: 'asset', fileName: 'assets/studio.css' },
	'assets/logo.svg': { type: 'asset', fileName: 'assets/logo.svg' },
	'.vite/manifest.json': { type: 'asset', fileName: '.vite/manifest.json' }
};

describe('the patient precache list', () => {
	it('leaves out the full pathway schema when a page only loads it on demand, but not when a chunk imports it', () => {
		const schema: BundleFile = {
			type: 'chunk',
			fileName: 'chunks/schema.js',
			moduleIds: ['/p/src/lib/pathway/schema/pathway-schema.ts', '/p/node_modules/zod/index.js']
		};
		const myData: BundleFile = {
			type: 'chunk',
			fileName: 'nodes/2.js',
			isEntry: true,
			dynamicImports: ['chunks/schema.js'],
			moduleIds: ['/p/src/routes/(patient)/my-data/+page.svelte']
		};
		const onDemand = { ...BUNDLE, 'nodes/2.js': myData, 'chunks/schema.js': schema };
		expect(listPatientFiles(onDemand)).not.toContain('/chunks/schema.js');
		expect(listPatientFiles(onDemand)).toContain('/nodes/2.js');

		const eager = { ...onDemand, 'nodes/2.js': { ...myData, imports: ['chunks/schema.js'] } };
		expect(listPatientFiles(eager)).toContain('/chunks/schema.js');
	});

	it("has the patient routes' files, lazy chunks, CSS and assets, and nothing only the studio loads", () => {
		expect(listPatientFiles(BUNDLE)).toEqual([
			'/assets/logo.svg',
			'/assets/today.css',
			'/chunks/pathway.js',
			'/chunks/shared.js',
			'/entry/app.js',
			'/nodes/0.js'
		]);
	});

	it('leaves out commissioner route nodes the same way', () => {
		const bundle = {
			...BUNDLE,
			'nodes/1.js': {
				...(BUNDLE['nodes/1.js'] as BundleFile),
				moduleIds: ['/p/src/routes/commissioner/+page.svelte']
			}
		};
		expect(listPatientFiles(bundle)).not.toContain('/chunks/codemirror.js');
	});
});

describe('the patient pages', () => {
	it('are every page under src/routes/(patient), route groups left out, and no studio page', () => {
		const pages = listPatientPages(join(import.meta.dirname, '../../..'));
		expect(pages).toEqual(expect.arrayContaining(['/', '/today', '/start/safety', '/my-data/summary']));
		expect(pages.filter((page) => /^\/(?:author|commissioner)/.test(page))).toEqual([]);
	});
});
