/**
 * Expected storage failures as values (style.md rule 6), with one mapper to patient-facing text
 * in the state layer. A full disk or another tab blocking an upgrade is not a bug: the patient
 * is told what to do and their answers stay on screen.
 */
export type StorageError =
	| { readonly kind: 'quota' }
	| { readonly kind: 'blocked' }
	/** Another tab wrote the same entry first: redo the work on top of what is stored. */
	| { readonly kind: 'conflict' }
	| { readonly kind: 'other'; readonly message: string };

export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/** Classifies an error thrown by Dexie or IndexedDB. */
export function toStorageError(error: unknown): StorageError {
	const names: string[] = [];
	let current: unknown = error;
	// Dexie wraps the native DOMException in `inner`; look through the chain.
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const named = current as { name?: unknown; inner?: unknown };
		if (typeof named.name === 'string') names.push(named.name);
		current = named.inner;
	}
	if (names.some((name) => name === 'QuotaExceededError')) return { kind: 'quota' };
	const message = error instanceof Error ? error.message : String(error);
	// A bulk write that broke a unique index reports ConstraintError among its failures.
	if (names.includes('ConstraintError') || message.includes('ConstraintError')) {
		return { kind: 'conflict' };
	}
	if (names.some((name) => name === 'DatabaseClosedError' || name === 'BlockedError')) {
		return { kind: 'blocked' };
	}
	return { kind: 'other', message };
}

/** Runs a storage operation, turning expected failures into values. */
export async function attempt<T>(operation: () => Promise<T>): Promise<StorageResult<T>> {
	try {
		return { ok: true, value: await operation() };
	} catch (error) {
		return { ok: false, error: toStorageError(error) };
	}
}
