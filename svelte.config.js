import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ out: process.env.LIMBER_BUILD_OUT ?? 'build' }),
		// workbox-window registers the service worker so the app can offer updates (decision 10).
		serviceWorker: { register: false },
		// The build version names the service-worker caches; tests build two versions to check
		// updates. Default: the build time.
		version: { name: process.env.LIMBER_BUILD_VERSION ?? String(Date.now()) }
	}
};

export default config;
