/**
 * `GET /api/v1/outcomes/schema`: the JSON Schema of one anonymised outcome record, with one valid
 * example under `examples` (docs/api.md). The same for every request, so it is cacheable.
 */
import { json } from '@sveltejs/kit';
import { outcomeRecordJsonSchema } from '$lib/server/http/outcomes-api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	json(outcomeRecordJsonSchema(), {
		headers: { 'content-type': 'application/schema+json', 'cache-control': 'public, max-age=3600' }
	});
