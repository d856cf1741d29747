/**
 * Keeping the studio for offline use. The service worker precaches only what patients need;
 * the studio's files are cached when a clinician opens /author. Once the worker controls the
 * page it caches them itself as they load (src/service-worker/index.ts); on the very first visit
 * nothing controls the page yet, so the page tells the worker which files it has loaded (the
 * page itself, its scripts, styles and the checker's worker) and the worker fetches and keeps them.
 */

/** The message the service worker understands. */
export interface CacheStudioMessage {
	readonly type: 'CACHE_STUDIO';
	/** Same-origin paths: `/author` and `/_app/immutable/...` files. */
	readonly urls: readonly string[];
}

/** The studio's own files among `urls` (absolute or relative), as same-origin paths. */
export function selectStudioFiles(urls: readonly string[], origin: string): string[] {
	const paths = new Set<string>();
	for (const raw of urls) {
		const url = new URL(raw, origin);
		if (url.origin !== origin) continue;
		if (url.pathname === '/author' || url.pathname.startsWith('/_app/immutable/')) {
			paths.add(url.pathname);
		}
	}
	return [...paths].sort();
}

/** Registers the service worker (if the patient app has not) and asks it to keep the studio. */
export async function keepStudioOffline(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	await navigator.serviceWorker.register('/service-worker.js');
	const registration = await navigator.serviceWorker.ready;
	const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
	const message: CacheStudioMessage = {
		type: 'CACHE_STUDIO',
		urls: selectStudioFiles(['/author', ...loaded], location.origin)
	};
	registration.active?.postMessage(message);
}
