/**
 * `GET /api/v1/summary?from=YYYY-MM&to=YYYY-MM&pathway=&locality=&by=`: the disclosed outcome
 * summary for a signed-in commissioner or an API token (docs/api.md). JSON by default, CSV with
 * `Accept: text/csv`; 401 without a principal, 400 for a bad query, 403 outside their localities.
 */
import { respondWithSummary } from '$lib/server/summaries/summary-endpoint';
import { serverDatabase } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) =>
	respondWithSummary(event, await serverDatabase());
