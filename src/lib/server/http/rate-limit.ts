/**
 * A per-client rate limit for the public endpoints: an in-memory token bucket per client.
 *
 * Privacy (issue C: no IP addresses anywhere): a bucket is keyed by an HMAC of the client's
 * address under a random key made when the process starts and never written down, so the map
 * holds no address and its keys cannot be turned back into one (not even by trying every IPv4
 * address) once the process is gone. Nothing here logs.
 *
 * The map is bounded: past `maxClients` buckets, the least recently used are dropped (a dropped
 * client simply starts again with a full bucket).
 *
 * Configuration: `LIMBER_INGEST_RATE_LIMIT` is `<requests>/<seconds>` (default `120/60`: a burst
 * of 120 requests, refilled at 2 a second) or `off` (benchmarks on loopback).
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimit {
	/** The most requests in a burst (the bucket's size). */
	readonly requests: number;
	/** Seconds to refill a whole bucket. */
	readonly perSeconds: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
	/** Takes one request's token for the client at `clientAddress`. */
	take(clientAddress: string): RateDecision;
}

/** The default: a phone sends a few requests a day; a clinic's shared address far fewer than this. */
export const DEFAULT_RATE_LIMIT: RateLimit = { requests: 120, perSeconds: 60 };

/** The most buckets kept at once. */
export const MAX_CLIENTS = 50_000;

/** A limiter that never refuses (rate limiting turned off). */
export const UNLIMITED: RateLimiter = { take: () => ({ ok: true }) };

/** Makes a token-bucket limiter; `now` is in milliseconds (tests pass their own clock). */
export function createRateLimiter(
	limit: RateLimit,
	options: { now?: () => number; maxClients?: number } = {}
): RateLimiter {
	const now = options.now ?? (() => Date.now());
	const maxClients = options.maxClients ?? MAX_CLIENTS;
	const secret = randomBytes(32);
	const refillPerMs = limit.requests / (limit.perSeconds * 1000);
	const buckets = new Map<string, { tokens: number; at: number }>();

	return {
		take(clientAddress) {
			const key = createHmac('sha256', secret).update(clientAddress).digest('base64url');
			const time = now();
			const bucket = buckets.get(key);
			let tokens = limit.requests;
			if (bucket !== undefined) {
				tokens = Math.min(limit.requests, bucket.tokens + (time - bucket.at) * refillPerMs);
				// Re-inserted below, so the map's order is least recently used first.
				buckets.delete(key);
			}
			if (tokens < 1) {
				buckets.set(key, { tokens, at: time });
				return {
					ok: false,
					retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000))
				};
			}
			buckets.set(key, { tokens: tokens - 1, at: time });
			while (buckets.size > maxClients) {
				const oldest = buckets.keys().next().value;
				if (oldest === undefined) break;
				buckets.delete(oldest);
			}
			return { ok: true };
		}
	};
}

/** Reads `LIMBER_INGEST_RATE_LIMIT`: a limit, `off` (null), or why the value is wrong. */
export function parseRateLimit(
	value: string | undefined
): { ok: true; limit: RateLimit | null } | { ok: false; message: string } {
	if (value === undefined || value.trim() === '') return { ok: true, limit: DEFAULT_RATE_LIMIT };
	if (value.trim().toLowerCase() === 'off') return { ok: true, limit: null };
	const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
	const requests = Number(match?.[1]);
	const perSeconds = Number(match?.[2]);
	if (match === null || requests < 1 || perSeconds < 1) {
		return {
			ok: false,
			message: `LIMBER_INGEST_RATE_LIMIT must be "<requests>/<seconds>" (like "120/60") or "off", not "${value}".`
		};
	}
	return { ok: true, limit: { requests, perSeconds } };
}

/** The limiter the environment asks for. @throws Error when the setting is malformed (a deployment fault). */
export function rateLimiterFromEnv(value: string | undefined): RateLimiter {
	const parsed = parseRateLimit(value);
	if (!parsed.ok) throw new Error(parsed.message);
	return parsed.limit === null ? UNLIMITED : createRateLimiter(parsed.limit);
}
