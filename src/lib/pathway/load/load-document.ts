/**
 * The shared first step of every loader: parse strict JSON, then check it against a Zod schema,
 * turning both kinds of failure into located diagnostics.
 */
import type { z } from 'zod';
import type { Diagnostic, Locate } from './diagnostic.js';
import { parseJsonDocument, type JsonDocument } from './json-document.js';
import { describeZodIssues } from './zod-diagnostics.js';

/** A loaded file: its checked value and a locator for placing later findings. */
export type LoadResult<T> =
	{ ok: true; value: T; locate: Locate } | { ok: false; diagnostics: Diagnostic[] };

/** Checks already-parsed data against `schema`; failures are located through `document`. */
export function validateDocument<S extends z.ZodType>(
	schema: S,
	document: Pick<JsonDocument, 'file' | 'locate'>,
	data: unknown
): { ok: true; value: z.output<S> } | { ok: false; diagnostics: Diagnostic[] } {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { ok: true, value: result.data };
	return {
		ok: false,
		diagnostics: describeZodIssues({
			issues: result.error.issues,
			schema,
			data,
			sink: { file: document.file, locate: document.locate }
		})
	};
}

/** Parses `text` and checks it against `schema`. */
export function loadDocument<S extends z.ZodType>(
	schema: S,
	file: string,
	text: string
): LoadResult<z.output<S>> {
	const parsed = parseJsonDocument(file, text);
	if (!parsed.ok) return parsed;
	const checked = validateDocument(schema, parsed.document, parsed.document.value);
	if (!checked.ok) return checked;
	return { ok: true, value: checked.value, locate: parsed.document.locate };
}
