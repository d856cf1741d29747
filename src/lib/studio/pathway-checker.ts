/**
 * Runs `checkPathwayText` in a worker (check-worker.ts) and hands back only the newest answer:
 * while the clinician types, older checks still in flight are dropped rather than shown late.
 * Where a worker cannot run it checks on the main thread, loading the checker only then: the
 * page itself never loads the loader, the lint rules or the Zod schema.
 */
import type { CheckPathwayTextInput, PathwayCheck } from './check-pathway-text.js';
import type { CheckRequest, CheckResponse } from './check-worker.js';

/** Checks on the main thread (the fallback). */
async function checkHere(input: CheckPathwayTextInput): Promise<PathwayCheck> {
	const { checkPathwayText } = await import('./check-pathway-text.js');
	return checkPathwayText(input);
}

/** Checks texts, newest first. */
export class PathwayChecker {
	#worker: Worker | undefined;
	#latest = 0;
	#waiting = new Map<
		number,
		{ input: CheckPathwayTextInput; resolve: (check: PathwayCheck | undefined) => void }
	>();

	constructor() {
		if (typeof Worker === 'undefined') return;
		this.#worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
		this.#worker.addEventListener('message', (event: MessageEvent<CheckResponse>) => {
			const { id, ...check } = event.data;
			const waiting = this.#waiting.get(id);
			this.#waiting.delete(id);
			// An answer to an older request than the newest is stale: the text has changed since.
			waiting?.resolve(id === this.#latest ? check : undefined);
		});
		// A worker that cannot start (its file missing offline, say) must not leave the studio
		// without checks: fall back to the main thread and answer what was waiting.
		this.#worker.addEventListener('error', () => {
			this.#worker?.terminate();
			this.#worker = undefined;
			for (const [id, { input, resolve }] of this.#waiting) {
				if (id === this.#latest) void this.#answerHere(id, input).then(resolve);
				else resolve(undefined);
			}
			this.#waiting.clear();
		});
	}

	/** The check of `input`, or undefined when a newer check was asked for meanwhile. */
	check(input: CheckPathwayTextInput): Promise<PathwayCheck | undefined> {
		const id = ++this.#latest;
		const worker = this.#worker;
		if (worker === undefined) return this.#answerHere(id, input);
		return new Promise((resolve) => {
			this.#waiting.set(id, { input, resolve });
			const request: CheckRequest = { id, ...input };
			worker.postMessage(request);
		});
	}

	/** Stops the worker. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		for (const { resolve } of this.#waiting.values()) resolve(undefined);
		this.#waiting.clear();
	}

	async #answerHere(id: number, input: CheckPathwayTextInput): Promise<PathwayCheck | undefined> {
		const check = await checkHere(input);
		return id === this.#latest ? check : undefined;
	}
}
