/**
 * One pass of the outbox sync (issue C): sends the records and withdrawals whose time has come
 * and files each reply. A row goes only when the server confirms it (201 for a record, 204 or
 * 404 for a withdrawal) or refuses it for good (a 4xx a retry cannot fix: kept, marked refused,
 * never resent). No network, a 5xx or a 429 postpones the row with exponential backoff and
 * jitter, never sooner than the server's Retry-After. Everything the pass needs is passed in,
 * so tests drive it with a fake fetch and clock; scheduler.ts runs it in the app.
 */
import type { LimberDatabase } from '../db/database.js';
import {
	deleteOutboxRows,
	listDueRows,
	markRecordsSent,
	markRowRefused,
	postponeRows,
	readSendableRecordIds
} from '../db/outbox.js';
import type { OutboxRecordRow, OutboxWithdrawalRow } from '../db/sharing-rows.js';
import { backoffDelay, parseRetryAfter, type BackoffPolicy } from './backoff.js';

/** The ingest endpoint (docs/api.md): POST `{ records }`, DELETE `/{recordId}`. */
export const OUTCOMES_PATH = '/api/v1/outcomes';

/** The server takes at most this many records in one request. */
export const MAX_BATCH = 500;

export interface SyncDependencies {
	readonly db: LimberDatabase;
	readonly fetch: typeof fetch;
	/** Epoch milliseconds. */
	readonly now: () => number;
	/** Uniform in [0, 1): the jitter. */
	readonly random: () => number;
	/** Where the API lives (the app's own origin); tests pass any base. */
	readonly origin: string;
	readonly policy?: BackoffPolicy;
	readonly batchSize?: number;
}

/** What one pass did, for tests and the sync status. */
export interface SyncReport {
	/** Record revisions the server accepted. */
	sent: number;
	/** Withdrawals the server confirmed (or did not know). */
	withdrawn: number;
	/** Rows postponed by a transient failure. */
	postponed: number;
	/** Rows the server refused for good. */
	refused: number;
	/** Requests made. */
	requests: number;
}

/** How the server answered one request. */
type Reply =
	| { readonly kind: 'done'; readonly status: number }
	| { readonly kind: 'retry'; readonly retryAfterMs?: number }
	| { readonly kind: 'refused'; readonly status: number; readonly reason: string };

/**
 * Sends every due row once: the records that may be sent (sharing on, identity active) in
 * batches of at most `MAX_BATCH`, then each withdrawal. Returns what happened.
 */
export async function syncOutbox(deps: SyncDependencies): Promise<SyncReport> {
	const report: SyncReport = { sent: 0, withdrawn: 0, postponed: 0, refused: 0, requests: 0 };
	const [sendable, due] = await Promise.all([
		readSendableRecordIds(deps.db),
		listDueRows(deps.db, deps.now())
	]);
	const records = due.filter(
		(row): row is OutboxRecordRow => row.kind === 'record' && sendable.has(row.recordId)
	);
	const withdrawals = due.filter((row): row is OutboxWithdrawalRow => row.kind === 'withdrawal');
	const size = Math.max(1, Math.min(deps.batchSize ?? MAX_BATCH, MAX_BATCH));
	for (let start = 0; start < records.length; start += size) {
		const stop = await sendRecords(deps, records.slice(start, start + size), report);
		if (stop) return report;
	}
	for (const row of withdrawals) {
		const stop = await sendWithdrawal(deps, row, report);
		if (stop) return report;
	}
	return report;
}

/**
 * Posts one batch and files the reply; returns true when the pass should stop (the network or
 * the server is down: the remaining rows keep their time). A 400 or 413 on a batch of more than
 * one is split in halves, so only the rows at fault are refused.
 */
async function sendRecords(
	deps: SyncDependencies,
	rows: readonly OutboxRecordRow[],
	report: SyncReport
): Promise<boolean> {
	const reply = await request(deps, report, `${deps.origin}${OUTCOMES_PATH}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ records: rows.map((row) => row.record) })
	});
	switch (reply.kind) {
		case 'done':
			await markRecordsSent(deps.db, rows);
			report.sent += rows.length;
			return false;
		case 'retry':
			await postpone(deps, rows, reply.retryAfterMs);
			report.postponed += rows.length;
			return true;
		case 'refused': {
			if (rows.length > 1 && (reply.status === 400 || reply.status === 413)) {
				const half = Math.ceil(rows.length / 2);
				return (
					(await sendRecords(deps, rows.slice(0, half), report)) ||
					sendRecords(deps, rows.slice(half), report)
				);
			}
			for (const row of rows) await refuse(deps, row.key, reply);
			report.refused += rows.length;
			return false;
		}
	}
}

/** Deletes one shared record with its withdraw token; same rules as a batch. */
async function sendWithdrawal(
	deps: SyncDependencies,
	row: OutboxWithdrawalRow,
	report: SyncReport
): Promise<boolean> {
	const reply = await request(
		deps,
		report,
		`${deps.origin}${OUTCOMES_PATH}/${encodeURIComponent(row.recordId)}`,
		{ method: 'DELETE', headers: { authorization: `Bearer ${row.withdrawToken}` } }
	);
	switch (reply.kind) {
		case 'done':
			await deleteOutboxRows(deps.db, [row.key]);
			report.withdrawn += 1;
			return false;
		case 'retry':
			await postpone(deps, [row], reply.retryAfterMs);
			report.postponed += 1;
			return true;
		case 'refused':
			// 404: the server has no such record (never arrived, or already withdrawn): done.
			if (reply.status === 404) {
				await deleteOutboxRows(deps.db, [row.key]);
				report.withdrawn += 1;
				return false;
			}
			await refuse(deps, row.key, reply);
			report.refused += 1;
			return false;
	}
}

/** Makes one request and classifies the answer; never throws. */
async function request(
	deps: SyncDependencies,
	report: SyncReport,
	url: string,
	init: RequestInit
): Promise<Reply> {
	report.requests += 1;
	let response: Response;
	try {
		response = await deps.fetch(url, { ...init, credentials: 'omit', cache: 'no-store' });
	} catch {
		return { kind: 'retry' };
	}
	const status = response.status;
	if (status >= 200 && status < 300) return { kind: 'done', status };
	const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), deps.now());
	// 408 (timeout), 425 (too early), 429 (too many) and every 5xx may work later.
	if (status === 408 || status === 425 || status === 429 || status >= 500) {
		return retryAfterMs === undefined ? { kind: 'retry' } : { kind: 'retry', retryAfterMs };
	}
	return { kind: 'refused', status, reason: await readReason(response) };
}

/** The first part of a refusal's body (the Zod issues for a 400), kept for the log. */
async function readReason(response: Response): Promise<string> {
	try {
		const text = await response.text();
		return text.slice(0, 2000) || response.statusText || `HTTP ${response.status}`;
	} catch {
		return `HTTP ${response.status}`;
	}
}

function postpone(
	deps: SyncDependencies,
	rows: readonly { key: string }[],
	retryAfterMs: number | undefined
): Promise<void> {
	return postponeRows(deps.db, {
		keys: rows.map((row) => row.key),
		now: deps.now(),
		delayFor: (attempts) =>
			backoffDelay({
				attempts,
				random: deps.random,
				...(retryAfterMs === undefined ? {} : { retryAfterMs }),
				...(deps.policy === undefined ? {} : { policy: deps.policy })
			})
	});
}

function refuse(
	deps: SyncDependencies,
	key: string,
	reply: { status: number; reason: string }
): Promise<void> {
	return markRowRefused(deps.db, {
		key,
		status: reply.status,
		reason: reply.reason,
		at: new Date(deps.now()).toISOString()
	});
}
