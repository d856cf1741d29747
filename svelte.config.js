import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * One version name per build. The config is loaded more than once during a build (and by the
 * prerender process), so the default is fixed in the environment the first time, where later
 * loads and child processes find it.
 */
function buildVersion() {
	process.env.LIMBER_BUILD_VERSION ??= String(Date.now());
	return process.env.LIMBER_BUILD_VERSION;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Both folders can be moved so that two builds (the update test's v1 and v2, or parallel
		// test runs) never overwrite each other.
		adapter: adapter({ out: process.env.LIMBER_BUILD_OUT ?? 'build' }),
		outDir: process.env.LIMBER_KIT_DIR ?? '.svelte-kit',
		// workbox-window registers the service worker so the app can offer updates (decision 10).
		serviceWorker: { register: false },
		// The build version names the service-worker caches; tests build two versions to check
		// updates. Default: the build time.
		version: { name: buildVersion() }
	}
};

export default config;
