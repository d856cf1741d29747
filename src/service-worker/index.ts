/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker (architecture.md decision 10). It precaches the app shell, every
 * prerendered patient page and the built files patient routes can load (the pathway bundle
 * chunks included; the list is worked out at build time by src/cli/build/patient-precache.ts),
 * so the patient app opens and works with no network, deep links included. A new version waits
 * until the patient accepts the update (workbox-window sends SKIP_WAITING); it never takes over
 * in the middle of a check-in.
 *
 * The pathway studio (/author) is not precached, so patients never download it: its page and
 * files are cached the first time a clinician opens it, and it works offline from then on.
 * Commissioner pages and the API are never handled here: they always go to the network.
 */
import { files, version } from '$service-worker';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope;

/** Every built file patient routes load (a JSON array of URLs as a string), set by the build. */
declare const __LIMBER_PATIENT_PRECACHE__: string;
/** Every prerendered patient page (a JSON array of paths as a string), set by the build. */
declare const __LIMBER_PATIENT_PAGES__: string;

/**
 * A list the build wrote. `vite dev` has no build lists (the plugin runs only in production
 * builds): the worker then precaches nothing rather than failing to start.
 */
function readList(json: string): string[] {
	return JSON.parse(json) as string[];
}

precacheAndRoute(
	[
		// Vite's output is content-hashed: the URL is the revision.
		...readList(
			typeof __LIMBER_PATIENT_PRECACHE__ === 'string' ? __LIMBER_PATIENT_PRECACHE__ : '[]'
		).map((url) => ({ url, revision: null })),
		...files.map((url) => ({ url, revision: version })),
		...readList(typeof __LIMBER_PATIENT_PAGES__ === 'string' ? __LIMBER_PATIENT_PAGES__ : '[]').map(
			(url) => ({ url, revision: version })
		)
	],
	{
		// Patient pages take their parameters from the query string (?id=...): the page is the same.
		ignoreURLParametersMatching: [/.*/]
	}
);
cleanupOutdatedCaches();

const STUDIO_CACHE = `limber-studio-${version}`;

/** Same-origin requests for the studio page itself. */
const isStudioPage = (url: URL): boolean =>
	url.origin === self.location.origin && /^\/author\/?$/.test(url.pathname);

// The studio page: fresh from the network when there is one, the last copy when offline.
// (Small handlers rather than workbox-strategies: this script counts towards the patient's
// first download.)
registerRoute(
	({ request, url }) => request.mode === 'navigate' && isStudioPage(url),
	async ({ request }) => {
		const cache = await caches.open(STUDIO_CACHE);
		try {
			const response = await fetch(request);
			if (response.ok) await cache.put(request, response.clone());
			return response;
		} catch {
			return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
		}
	}
);

// Built files that are not precached (the studio's, as the studio page asks for them):
// content-hashed, so a cached copy is always the right one. They hold code, never data.
registerRoute(
	({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/_app/immutable/'),
	async ({ request }) => {
		const cache = await caches.open(STUDIO_CACHE);
		const cached = await cache.match(request);
		if (cached !== undefined) return cached;
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	}
);

// Old studio caches are dropped when a new version takes over.
self.addEventListener('activate', (event: ExtendableEvent) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => name.startsWith('limber-studio-') && name !== STUDIO_CACHE)
						.map((name) => caches.delete(name))
				)
			)
	);
});

/**
 * A path the studio may ask to keep: its page or a built file, nothing else.
 */
const isStudioFile = (path: string): boolean =>
	/^\/author$/.test(path) || /^\/_app\/immutable\/[\w./-]+$/.test(path);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const data = event.data as { type?: unknown; urls?: unknown } | null;
	if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
	// The studio's first visit, before this worker controlled the page: it names the files it
	// loaded (src/lib/studio/offline.ts), and they are kept so /author opens offline next time.
	if (data?.type === 'CACHE_STUDIO' && Array.isArray(data.urls)) {
		const paths = data.urls.filter((url): url is string => typeof url === 'string');
		event.waitUntil(cacheStudioFiles(paths.filter(isStudioFile)));
	}
});

async function cacheStudioFiles(paths: readonly string[]): Promise<void> {
	const cache = await caches.open(STUDIO_CACHE);
	await Promise.all(
		paths.map(async (path) => {
			if ((await cache.match(path)) !== undefined) return;
			const response = await fetch(path);
			if (response.ok) await cache.put(path, response);
		})
	);
}
