/**
 * `POST /api/v1/outcomes`: store a batch of anonymised outcome records (docs/api.md).
 * Body `{"records": [...]}`, 1-500 records, at most 256 KB, `Content-Type: application/json`.
 * 201 `{accepted, unchanged}`; 400 (nothing stored), 413, 415, 429 with `Retry-After`.
 */
import { outcomesApi } from '$lib/server/http/server-endpoints';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => outcomesApi().postOutcomes(event);
