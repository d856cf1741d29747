/**
 * The running server's endpoint instances: one rate limiter shared by every outcome endpoint
 * (a client's POSTs and DELETEs draw on one bucket), over the server's one database.
 */
import { serverDatabase } from '../runtime.js';
import { createOutcomesApi, type OutcomesApi } from './outcomes-api.js';
import { rateLimiterFromEnv } from './rate-limit.js';

let api: OutcomesApi | undefined;

/** The outcome endpoints, made on first use (a malformed LIMBER_INGEST_RATE_LIMIT throws then). */
export function outcomesApi(): OutcomesApi {
	api ??= createOutcomesApi({
		database: serverDatabase,
		rateLimiter: rateLimiterFromEnv(process.env['LIMBER_INGEST_RATE_LIMIT'])
	});
	return api;
}
