/**
 * Ingest benchmark (issue C): autocannon on loopback against the real built server,
 * `POST /api/v1/outcomes` with one record per request and with batches of 100, every record
 * with a fresh random id (so every request stores new rows, as real traffic does).
 *
 * Request bodies are made from a pool of synthetic records serialised once, with a new UUID v4
 * spliced in per record: making a realistic record costs far more than sending it, and the load
 * generator shares the machine's two cores with the server it measures.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { generateSyntheticRecords } from '../src/lib/server/seed/synthetic-records.js';

/** What one autocannon run measured. */
export interface IngestRun {
	readonly recordsPerRequest: number;
	readonly connections: number;
	readonly seconds: number;
	readonly requests: number;
	/** Responses by status code (201 when stored). */
	readonly statusCodes: Record<string, number>;
	readonly status5xx: number;
	/** Connection errors and timeouts. */
	readonly errors: number;
	/** The sum of `accepted` over every 201 response: records really stored. */
	readonly recordsAccepted: number;
	readonly recordsPerSecond: number;
	readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

/** A stand-in id that the real record ids never equal, replaced in each request body. */
const ID_MARK = '00000000-0000-4000-8000-000000000000';

/**
 * `count` synthetic records serialised as JSON, each split around its record id so a request
 * can join the pieces with a fresh id.
 */
export function recordTemplates(count: number): readonly (readonly [string, string])[] {
	return generateSyntheticRecords({ seed: 20_260, endMonth: '2026-10', count }).map((record) => {
		const [before = '', after = ''] = JSON.stringify({ ...record, recordId: ID_MARK }).split(
			ID_MARK
		);
		return [before, after] as const;
	});
}

/** Drives `POST /api/v1/outcomes` for `seconds` with `recordsPerRequest` fresh records per body. */
export async function measureIngest(options: {
	readonly url: string;
	readonly recordsPerRequest: number;
	readonly seconds: number;
	readonly connections: number;
	readonly templates: readonly (readonly [string, string])[];
}): Promise<IngestRun> {
	const { templates, recordsPerRequest } = options;
	let next = 0;
	let recordsAccepted = 0;
	const body = (): string => {
		const parts: string[] = [];
		for (let i = 0; i < recordsPerRequest; i++) {
			const [before, after] = templates[next++ % templates.length] ?? ['', ''];
			parts.push(before + randomUUID() + after);
		}
		return `{"records":[${parts.join(',')}]}`;
	};
	const result = await autocannon({
		url: options.url,
		connections: options.connections,
		duration: options.seconds,
		timeout: 30,
		requests: [
			{
				method: 'POST',
				path: '/api/v1/outcomes',
				headers: { 'content-type': 'application/json' },
				setupRequest: (request) => ({ ...request, body: body() }),
				onResponse: (status, text) => {
					if (status !== 201) return;
					const accepted = (JSON.parse(text) as { accepted?: unknown }).accepted;
					if (typeof accepted === 'number') recordsAccepted += accepted;
				}
			}
		]
	});
	const statusCodes = Object.fromEntries(
		Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)])
	);
	const status5xx = Object.entries(statusCodes)
		.filter(([code]) => code.startsWith('5'))
		.reduce((sum, [, count]) => sum + count, 0);
	return {
		recordsPerRequest,
		connections: options.connections,
		seconds: result.duration,
		requests: Object.values(statusCodes).reduce((sum, count) => sum + count, 0),
		statusCodes,
		status5xx,
		errors: result.errors + result.timeouts,
		recordsAccepted,
		recordsPerSecond: Math.round(recordsAccepted / result.duration),
		latencyMs: {
			p50: result.latency.p50,
			p99: result.latency.p99,
			max: result.latency.max
		}
	};
}

export interface RunningServer {
	/** e.g. http://127.0.0.1:4206 */
	readonly url: string;
	/** Stops the server (and deletes its PGlite folder, if it made one). */
	stop(): Promise<void>;
}

/**
 * Starts `node <buildDir>/index.js` on 127.0.0.1:`port` with rate limiting off, on PostgreSQL
 * when `databaseUrl` is given, else PGlite in a fresh folder; resolves once
 * `GET /api/v1/health` says the database is open.
 */
export async function startBenchServer(options: {
	readonly buildDir: string;
	readonly port: number;
	readonly databaseUrl?: string;
}): Promise<RunningServer> {
	const entry = join(options.buildDir, 'index.js');
	if (!existsSync(entry)) throw new Error(`No server build at ${entry}`);
	const url = `http://127.0.0.1:${options.port}`;
	const dataDir =
		options.databaseUrl === undefined ? mkdtempSync(join(tmpdir(), 'limber-bench-')) : undefined;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(options.port),
		HOST: '127.0.0.1',
		// The bench is one client sending far more than any phone: the per-client limit is off.
		LIMBER_INGEST_RATE_LIMIT: 'off'
	};
	delete env['DATABASE_URL'];
	if (options.databaseUrl !== undefined) env['DATABASE_URL'] = options.databaseUrl;
	if (dataDir !== undefined) env['LIMBER_DATA_DIR'] = dataDir;
	const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'ignore', 'pipe'] });
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => {
		errors = (errors + chunk.toString()).slice(-5_000);
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
	};
	const deadline = Date.now() + 60_000;
	for (;;) {
		try {
			if ((await fetch(`${url}/api/v1/health`)).ok) return { url, stop };
		} catch {
			// Not listening yet.
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`The server on ${url} did not become ready:\n${errors}`);
		}
		await sleep(250);
	}
}
