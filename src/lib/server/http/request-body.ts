/**
 * Reading a JSON request body at the HTTP edge: the media type is checked first, then the body
 * is read as a stream and counted, so a client that lies about `Content-Length` (or sends a
 * chunked body without one) still cannot make the server hold more than the limit in memory.
 *
 * Failures are `Problem` values (problem.ts maps them to 400, 413 and 415).
 */
import type { Problem } from './problem.js';

export type JsonBody = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** The only media type a JSON endpoint accepts (parameters such as `charset=utf-8` are fine). */
export const JSON_MEDIA_TYPE = 'application/json';

/**
 * Reads `request`'s body as JSON of at most `limitBytes` bytes.
 * - 415 unless the Content-Type is `application/json`;
 * - 413 when Content-Length says more than the limit, or the bytes actually sent pass it
 *   (reading stops there and the rest of the stream is cancelled);
 * - 400 when the bytes are not UTF-8 JSON.
 */
export async function readJsonBody(request: Request, limitBytes: number): Promise<JsonBody> {
	if (!isJsonMediaType(request.headers.get('content-type'))) {
		return { ok: false, problem: { kind: 'unsupported-media-type', expected: JSON_MEDIA_TYPE } };
	}
	const declared = Number(request.headers.get('content-length') ?? Number.NaN);
	if (Number.isFinite(declared) && declared > limitBytes) {
		return { ok: false, problem: { kind: 'payload-too-large', limitBytes } };
	}
	const bytes = await readAtMost(request, limitBytes);
	if (bytes === undefined) return { ok: false, problem: { kind: 'payload-too-large', limitBytes } };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, problem: { kind: 'malformed-json' } };
	}
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		return { ok: false, problem: { kind: 'malformed-json' } };
	}
}

/** Whether a Content-Type header names `application/json` (case-insensitive, any parameters). */
export function isJsonMediaType(contentType: string | null): boolean {
	if (contentType === null) return false;
	const [essence] = contentType.split(';');
	return essence?.trim().toLowerCase() === JSON_MEDIA_TYPE;
}

/** The body's bytes, or undefined as soon as more than `limitBytes` have arrived. */
async function readAtMost(request: Request, limitBytes: number): Promise<Uint8Array | undefined> {
	if (request.body === null) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limitBytes) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
