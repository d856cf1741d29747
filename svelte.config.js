import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * One version name per build. The config is loaded more than once during a build (and by the
 * prerender process), so the default is fixed in the environment the first time, where later
 * loads and child processes find it.
 */
function buildVersion() {
	process.env.LIMBER_BUILD_VERSION ??= String(Date.now());
	return process.env.LIMBER_BUILD_VERSION;
}

/**
 * CSP hashes of the inline scripts in src/app.html (the display hint that paints the patient's
 * language and contrast before the app starts). SvelteKit hashes the scripts it writes itself,
 * not app.html's, so they are hashed here from the file: an edit to the script changes the hash
 * with it, and the page still boots.
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		(match) =>
			/** @type {const} */ (
				`sha256-${createHash('sha256')
					.update(match[1] ?? '')
					.digest('base64')}`
			)
	);
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
		version: { name: buildVersion() },
		// Content-Security-Policy (issue C): a header on server-rendered pages (with a nonce), a
		// <meta http-equiv> tag with hashes in the prerendered patient pages. A meta tag cannot
		// carry frame-ancestors: src/lib/server/http/security-headers.ts sends it as a header on
		// every response. Inline styles stay allowed (Svelte and SvelteKit set style attributes);
		// scripts run only from this origin or with a nonce or hash.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
