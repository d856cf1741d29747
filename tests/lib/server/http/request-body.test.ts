import { describe, expect, it } from 'vitest';
import { isJsonMediaType, readJsonBody } from '../../../../src/lib/server/http/request-body.js';

function request(body: BodyInit | null, headers: Record<string, string>): Request {
	return new Request('http://limber.test/', {
		method: 'POST',
		headers,
		body,
		duplex: 'half'
	} as RequestInit);
}

describe('reading a JSON request body', () => {
	it('parses JSON within the limit', async () => {
		const read = await readJsonBody(
			request('{"a":[1,2]}', { 'content-type': 'application/json' }),
			100
		);
		expect(read).toEqual({ ok: true, value: { a: [1, 2] } });
	});

	it('accepts application/json with parameters, and nothing else', () => {
		expect(isJsonMediaType('application/json; charset=utf-8')).toBe(true);
		expect(isJsonMediaType('APPLICATION/JSON')).toBe(true);
		expect(isJsonMediaType('text/plain')).toBe(false);
		expect(isJsonMediaType('application/json-patch+json')).toBe(false);
		expect(isJsonMediaType(null)).toBe(false);
	});

	it('refuses another media type with 415 before reading', async () => {
		const read = await readJsonBody(request('{}', { 'content-type': 'text/plain' }), 100);
		expect(read).toEqual({
			ok: false,
			problem: { kind: 'unsupported-media-type', expected: 'application/json' }
		});
	});

	it('refuses a body over the limit whatever Content-Length claims', async () => {
		const big = `"${'x'.repeat(200)}"`;
		const declared = await readJsonBody(request(big, { 'content-type': 'application/json' }), 100);
		expect(declared).toEqual({
			ok: false,
			problem: { kind: 'payload-too-large', limitBytes: 100 }
		});
		let pulled = 0;
		const endless = new ReadableStream<Uint8Array>({
			pull(controller) {
				pulled++;
				controller.enqueue(new Uint8Array(64).fill(0x20));
			}
		});
		const streamed = await readJsonBody(
			request(endless, { 'content-type': 'application/json', 'content-length': '2' }),
			100
		);
		expect(streamed).toEqual({
			ok: false,
			problem: { kind: 'payload-too-large', limitBytes: 100 }
		});
		// It stopped reading at the limit instead of draining an endless body.
		expect(pulled).toBeLessThan(10);
	});

	it('answers malformed JSON and invalid UTF-8 as malformed', async () => {
		const malformed = await readJsonBody(
			request('{"a":', { 'content-type': 'application/json' }),
			100
		);
		expect(malformed).toEqual({ ok: false, problem: { kind: 'malformed-json' } });
		const notUtf8 = await readJsonBody(
			request(new Uint8Array([0x22, 0xff, 0x22]), { 'content-type': 'application/json' }),
			100
		);
		expect(notUtf8).toEqual({ ok: false, problem: { kind: 'malformed-json' } });
		const empty = await readJsonBody(request(null, { 'content-type': 'application/json' }), 100);
		expect(empty).toEqual({ ok: false, problem: { kind: 'malformed-json' } });
	});
});
