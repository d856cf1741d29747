/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker (architecture.md decision 10). It precaches the app shell, every
 * prerendered patient page and every built asset (the pathway bundle chunks included), so the
 * patient app opens and works with no network, deep links included. A new version waits until
 * the patient accepts the update (workbox-window sends SKIP_WAITING); it never takes over in the
 * middle of a check-in. Commissioner pages and the API are not handled here: they always go to
 * the network.
 */
import { build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

declare let self: ServiceWorkerGlobalScope;

precacheAndRoute(
	[
		// Vite's output is content-hashed: the URL is the revision.
		...build.map((url) => ({ url, revision: null })),
		...files.map((url) => ({ url, revision: version })),
		...prerendered.map((url) => ({ url, revision: version }))
	],
	{
		// Patient pages take their parameters from the query string (?id=...): the page is the same.
		ignoreURLParametersMatching: [/.*/]
	}
);
cleanupOutdatedCaches();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
