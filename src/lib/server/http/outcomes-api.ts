/**
 * The outcome-sharing endpoints (issue C; documented in docs/api.md), as functions of a request
 * so that tests can call them against a real database without a server:
 *
 * - `POST /api/v1/outcomes`: `{"records": [...]}`, 1-500 records, body at most 256 KB,
 *   `application/json` only; 201 `{accepted, unchanged}`; all or nothing on validation.
 * - `DELETE /api/v1/outcomes/{recordId}` with `Authorization: Bearer <withdrawToken>`: 204 when
 *   the record is gone (or was never stored), 403 when the token is not the record's.
 * - `GET /api/v1/outcomes/schema`: the record's JSON Schema with one valid example.
 *
 * The routes under src/routes/api/v1/outcomes are one line each over these. Nothing here logs
 * and nothing stores the client's address (the rate limiter keeps only a keyed hash in memory).
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import type { ServerDatabase } from '../db/connection.js';
import { ingestRecords, withdrawRecord } from '../ingest/ingest.js';
import { queueRollupRefresh } from '../ingest/rollup-refresh.js';
import type { RollupKey } from '../summaries/rollups.js';
import {
	EXAMPLE_OUTCOME_RECORD,
	OutcomeBatchSchema,
	OutcomeRecordSchema
} from '../../shared/outcome-record.js';
import { invalidBody, problemResponse, type Problem } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import { readJsonBody } from './request-body.js';

/** The largest request body POST /api/v1/outcomes reads: 256 KB. */
export const MAX_BATCH_BYTES = 256 * 1024;

export interface OutcomesApiOptions {
	/** The database (opened on first use by the running server). */
	readonly database: () => Promise<ServerDatabase>;
	/** The per-client limit on POST and DELETE. */
	readonly rateLimiter: RateLimiter;
	/** Told the rollup keys an ingest or withdrawal changed (default: queue a rollup refresh). */
	readonly onChange?: (database: ServerDatabase, keys: readonly RollupKey[]) => void;
}

/** What the handlers read from SvelteKit's event. */
export type OutcomesEvent = Pick<RequestEvent, 'request' | 'getClientAddress'>;

export interface OutcomesApi {
	postOutcomes(event: OutcomesEvent): Promise<Response>;
	deleteOutcome(event: OutcomesEvent & { params: { recordId?: string } }): Promise<Response>;
}

/** The endpoints over one database and one rate limiter. */
export function createOutcomesApi(options: OutcomesApiOptions): OutcomesApi {
	const onChange = options.onChange ?? queueRollupRefresh;
	const limited = (event: OutcomesEvent): Problem | undefined => {
		const decision = options.rateLimiter.take(event.getClientAddress());
		return decision.ok
			? undefined
			: { kind: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds };
	};

	return {
		async postOutcomes(event) {
			const refused = limited(event);
			if (refused !== undefined) return problemResponse(refused);
			const body = await readJsonBody(event.request, MAX_BATCH_BYTES);
			if (!body.ok) return problemResponse(body.problem);
			const batch = OutcomeBatchSchema.safeParse(body.value);
			if (!batch.success) return problemResponse(invalidBody(batch.error.issues));

			const database = await options.database();
			const result = await ingestRecords(database, batch.data.records);
			onChange(database, result.affected);
			return json({ accepted: result.accepted, unchanged: result.unchanged }, { status: 201 });
		},

		async deleteOutcome(event) {
			const refused = limited(event);
			if (refused !== undefined) return problemResponse(refused);
			const recordId = OutcomeRecordSchema.shape.recordId.safeParse(event.params.recordId);
			if (!recordId.success) {
				return problemResponse({
					kind: 'invalid-parameter',
					detail: 'The record id in the address is not a version 4 UUID.'
				});
			}
			const token = withdrawTokenOf(event.request);
			if (token === undefined) {
				return problemResponse({
					kind: 'unauthorized',
					detail: "Send the record's withdraw token as `Authorization: Bearer <withdrawToken>`."
				});
			}

			const database = await options.database();
			const result = await withdrawRecord(database, recordId.data, token);
			if (result.ok) {
				onChange(database, result.affected);
				return new Response(null, { status: 204 });
			}
			switch (result.reason) {
				case 'not-found':
					// Nothing stored (never arrived, or already withdrawn): the id is remembered as
					// withdrawn, so the client can stop retrying.
					return new Response(null, { status: 204 });
				case 'wrong-token':
					return problemResponse({
						kind: 'forbidden',
						detail: 'That is not the withdraw token of this record.'
					});
			}
		}
	};
}

/** The withdraw token from `Authorization: Bearer <token>`, when it has the token's form. */
function withdrawTokenOf(request: Request): string | undefined {
	const bearer = /^Bearer[ ]+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
	return OutcomeRecordSchema.shape.withdrawToken.safeParse(bearer).data;
}

/**
 * The published JSON Schema (draft 2020-12) of one outcome record, with one valid example under
 * `examples`. The record schema has an id (`OutcomeRecord`), which Zod puts under `$defs` behind a
 * `$ref`; it is lifted to the top so that the document itself is the record's schema.
 */
export function outcomeRecordJsonSchema(): Record<string, unknown> {
	const generated = z.toJSONSchema(OutcomeRecordSchema, { io: 'input' });
	const { $ref, $defs, ...top } = generated;
	const name = $ref?.replace('#/$defs/', '');
	const record = name === undefined ? undefined : $defs?.[name];
	if (name === undefined || record === undefined || typeof record === 'boolean') {
		return { ...generated, examples: [EXAMPLE_OUTCOME_RECORD] };
	}
	// Any other definitions stay where their references point.
	const others = Object.fromEntries(Object.entries($defs ?? {}).filter(([key]) => key !== name));
	return {
		...top,
		...record,
		...(Object.keys(others).length > 0 ? { $defs: others } : {}),
		examples: [EXAMPLE_OUTCOME_RECORD]
	};
}
