/**
 * `DELETE /api/v1/outcomes/{recordId}`: withdraw a shared record (docs/api.md).
 * The withdraw token travels as `Authorization: Bearer <withdrawToken>`.
 * 204 when the record is gone or was never stored (the id is remembered, so a revision still in
 * flight is refused); 403 when the token is not the record's; 400 for an id that is not a UUID v4;
 * 401 without a token; 429 with `Retry-After`.
 */
import { outcomesApi } from '$lib/server/http/server-endpoints';
import type { RequestHandler } from './$types';

export const DELETE: RequestHandler = (event) => outcomesApi().deleteOutcome(event);
