/**
 * Registers the service worker with workbox-window and offers updates. A waiting version is
 * announced (`available`); it is applied only when the patient accepts, and the page reloads
 * once the new worker controls it. While a questionnaire is open the app asks to wait
 * (`deferWhile`), so an update never interrupts a check-in.
 */
import type { Workbox } from 'workbox-window';

export class UpdateState {
	/** A new version is installed and waiting. */
	available = $state(false);
	/** Set while the patient is filling in a questionnaire. */
	busy = $state(false);
	#workbox: Workbox | undefined;

	/**
	 * Registers the service worker. workbox-window is loaded here, after the first screen, so it
	 * does not weigh on a new patient's first download.
	 */
	async register(url = '/service-worker.js'): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(url);
		workbox.addEventListener('waiting', () => {
			this.available = true;
		});
		this.#workbox = workbox;
		await workbox.register();
	}

	/** The patient accepted: activate the waiting worker, then reload into the new version. */
	apply(): void {
		const workbox = this.#workbox;
		if (workbox === undefined || this.busy) return;
		workbox.addEventListener('controlling', () => {
			window.location.reload();
		});
		workbox.messageSkipWaiting();
	}
}

/** Removes every cache and unregisters the service worker ("delete everything"). */
export async function removeOfflineCopy(): Promise<void> {
	if (typeof caches !== 'undefined') {
		for (const key of await caches.keys()) await caches.delete(key);
	}
	if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
		for (const registration of await navigator.serviceWorker.getRegistrations()) {
			await registration.unregister();
		}
	}
}

export const updates = new UpdateState();
