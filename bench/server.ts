/**
 * Server benchmark (issue C), `npm run bench -- server`:
 * - ingest: autocannon against the real production build on 127.0.0.1, on PGlite and on a
 *   throwaway PostgreSQL, single-record POSTs and batches of 100 (bench/server-ingest.ts);
 * - summaries: seed a million records, time the full rollup refresh, and time a 12-month query
 *   from the rollups and from the raw table (bench/server-summary.ts).
 * Targets: batched >= 10,000 records/s on PostgreSQL and >= 5,000 on PGlite, batched >= 10x
 * single, zero 5xx; summary median <= 50 ms from rollups and >= 5x faster than raw; refresh
 * <= 2 s per million records. A missed target is reported as missed.
 *
 * Settings (environment): LIMBER_BENCH_SUMMARY_RECORDS (default 1,000,000),
 * LIMBER_BENCH_SUMMARY_ENGINES (default "postgres"; "postgres,pglite" for both),
 * LIMBER_BENCH_INGEST_SECONDS (default 10 per run), LIMBER_BENCH_PORT (default 4206),
 * LIMBER_BENCH_SERVER_BUILD (an existing build folder to reuse instead of building),
 * LIMBER_BENCH_DATABASE_URL (a PostgreSQL server to make the bench databases on, instead of
 * starting one from Debian's binaries as the tests do).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type ServerDatabase } from '../src/lib/server/db/connection.js';
import { startTestPostgres, type TestPostgres } from '../tests/setup/postgres.js';
import {
	measureIngest,
	recordTemplates,
	startBenchServer,
	type IngestRun
} from './server-ingest.js';
import { measureSummaries, type SummaryBenchResult } from './server-summary.js';

export const SERVER_TARGETS = {
	batchedRecordsPerSecond: { postgres: 10_000, pglite: 5_000 },
	batchedOverSingle: 10,
	status5xx: 0,
	summaryMedianMs: 50,
	rawOverRollups: 5,
	refreshSecondsPerMillion: 2
} as const;

type Engine = 'pglite' | 'postgres';

/** One target: what was measured against what was wanted. */
export interface TargetCheck {
	readonly target: string;
	readonly measured: number | string;
	readonly wanted: string;
	readonly passed: boolean;
}

export interface IngestEngineResult {
	readonly engine: Engine;
	readonly single: IngestRun;
	readonly batched: IngestRun;
	readonly batchedOverSingle: number;
}

export interface ServerBenchResult {
	readonly machine: {
		readonly cores: number;
		readonly cpu: string;
		readonly memoryGb: number;
		readonly node: string;
		/**
		 * 1-minute load average when the bench started and ended: the machine is shared, and a
		 * load far above the core count slows every figure here.
		 */
		readonly loadAverage: { readonly start: number; readonly end: number };
	};
	readonly settings: {
		readonly ingestSecondsPerRun: number;
		readonly ingestConnections: number;
		readonly summaryRecords: number;
		readonly rollupSamples: number;
		readonly rawSamples: number;
	};
	readonly ingest: readonly IngestEngineResult[];
	readonly summaries: readonly SummaryBenchResult[];
	readonly targets: readonly TargetCheck[];
	/** Parts that could not run, with the reason. */
	readonly errors: readonly string[];
	readonly passed: boolean;
}

const BATCH = 100;
const CONNECTIONS = 10;
/** Timed reads per query (after one warm-up read each): raw reads of a million rows are slow. */
const ROLLUP_SAMPLES = 15;
const RAW_SAMPLES = 3;

export async function runServerBench(root: string): Promise<ServerBenchResult> {
	const log = (line: string) => console.log(line);
	const summaryRecords = Number(process.env['LIMBER_BENCH_SUMMARY_RECORDS'] ?? 1_000_000);
	const summaryEngines = (process.env['LIMBER_BENCH_SUMMARY_ENGINES'] ?? 'postgres')
		.split(',')
		.map((engine) => engine.trim())
		.filter((engine): engine is Engine => engine === 'pglite' || engine === 'postgres');
	const ingestSeconds = Number(process.env['LIMBER_BENCH_INGEST_SECONDS'] ?? 10);
	const port = Number(process.env['LIMBER_BENCH_PORT'] ?? 4206);
	const loadAtStart = loadavg()[0] ?? 0;

	const errors: string[] = [];
	const ingest: IngestEngineResult[] = [];
	const summaries: SummaryBenchResult[] = [];
	let postgres: TestPostgres | undefined;
	try {
		let adminUrl = process.env['LIMBER_BENCH_DATABASE_URL'];
		if (adminUrl === undefined || adminUrl === '') {
			log('server: starting a throwaway PostgreSQL on 127.0.0.1');
			postgres = await startTestPostgres();
			adminUrl = postgres.url;
		}

		const buildDir = await ensureServerBuild(root, log);
		const templates = recordTemplates(2_000);
		for (const engine of ['pglite', 'postgres'] as const) {
			try {
				ingest.push(
					await measureIngestOn({ engine, buildDir, port, adminUrl, templates, ingestSeconds, log })
				);
			} catch (error) {
				errors.push(`ingest on ${engine}: ${messageOf(error)}`);
			}
		}

		const endMonth = new Date().toISOString().slice(0, 7);
		for (const engine of summaryEngines) {
			const database = await openBenchDatabase(engine, adminUrl);
			try {
				summaries.push(
					await measureSummaries({
						database,
						records: summaryRecords,
						endMonth,
						rollupSamples: ROLLUP_SAMPLES,
						rawSamples: RAW_SAMPLES,
						log
					})
				);
			} catch (error) {
				errors.push(`summaries on ${engine}: ${messageOf(error)}`);
			} finally {
				await database.drop();
			}
		}
	} catch (error) {
		errors.push(messageOf(error));
	} finally {
		postgres?.stop();
	}

	const targets = checkTargets(ingest, summaries);
	return {
		machine: {
			cores: cpus().length,
			cpu: cpus()[0]?.model ?? 'unknown',
			memoryGb: Math.round(totalmem() / 2 ** 30),
			node: process.version,
			loadAverage: { start: round1(loadAtStart), end: round1(loadavg()[0] ?? 0) }
		},
		settings: {
			ingestSecondsPerRun: ingestSeconds,
			ingestConnections: CONNECTIONS,
			summaryRecords,
			rollupSamples: ROLLUP_SAMPLES,
			rawSamples: RAW_SAMPLES
		},
		ingest,
		summaries,
		targets,
		errors,
		passed:
			errors.length === 0 &&
			ingest.length === 2 &&
			summaries.length === summaryEngines.length &&
			targets.every((check) => check.passed)
	};
}

async function measureIngestOn(options: {
	engine: Engine;
	buildDir: string;
	port: number;
	adminUrl: string;
	templates: readonly (readonly [string, string])[];
	ingestSeconds: number;
	log: (line: string) => void;
}): Promise<IngestEngineResult> {
	const { engine, log } = options;
	const database = engine === 'postgres' ? await createDatabase(options.adminUrl) : undefined;
	const server = await startBenchServer({
		buildDir: options.buildDir,
		port: options.port,
		...(database === undefined ? {} : { databaseUrl: database.url })
	});
	try {
		const run = (recordsPerRequest: number) =>
			measureIngest({
				url: server.url,
				recordsPerRequest,
				seconds: options.ingestSeconds,
				connections: CONNECTIONS,
				templates: options.templates
			});
		log(`ingest (${engine}): single-record POSTs for ${options.ingestSeconds} s`);
		const single = await run(1);
		log(`  ${single.recordsPerSecond} records/s, statuses ${JSON.stringify(single.statusCodes)}`);
		log(`ingest (${engine}): batches of ${BATCH} for ${options.ingestSeconds} s`);
		const batched = await run(BATCH);
		log(`  ${batched.recordsPerSecond} records/s, statuses ${JSON.stringify(batched.statusCodes)}`);
		return {
			engine,
			single,
			batched,
			batchedOverSingle:
				Math.round((batched.recordsPerSecond / Math.max(single.recordsPerSecond, 1)) * 10) / 10
		};
	} finally {
		await server.stop();
		await database?.drop();
	}
}

/** A new, empty database on the PostgreSQL server at `adminUrl`. */
async function createDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
	const name = `limber_bench_${randomBytes(6).toString('hex')}`;
	const admin = async (statement: string) => {
		const client = new pg.Client({ connectionString: adminUrl });
		await client.connect();
		try {
			await client.query(statement);
		} finally {
			await client.end();
		}
	};
	await admin(`CREATE DATABASE ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh, migrated database on `engine` for the summary bench, opened in this process. */
async function openBenchDatabase(
	engine: Engine,
	adminUrl: string
): Promise<ServerDatabase & { drop(): Promise<void> }> {
	if (engine === 'postgres') {
		const created = await createDatabase(adminUrl);
		const opened = await openDatabase({ databaseUrl: created.url, purpose: 'bench' });
		if (!opened.ok) throw new Error(opened.message);
		return {
			...opened.database,
			drop: async () => {
				await opened.database.close();
				await created.drop();
			}
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'limber-bench-summary-'));
	const opened = await openDatabase({ dataDir: join(dir, 'data'), purpose: 'bench' });
	if (!opened.ok) throw new Error(opened.message);
	return {
		...opened.database,
		drop: async () => {
			await opened.database.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * The production build the ingest bench serves: LIMBER_BENCH_SERVER_BUILD when it names one,
 * else a fresh `vite build` into its own folders, so it never meets `build/`, `.svelte-kit/` or
 * another suite's build. They are inside the project (node_modules/.cache): the build and the
 * prerendering import the project's packages from there.
 */
async function ensureServerBuild(root: string, log: (line: string) => void): Promise<string> {
	const given = process.env['LIMBER_BENCH_SERVER_BUILD'];
	if (given !== undefined && given !== '') {
		if (!existsSync(join(given, 'index.js'))) throw new Error(`No server build in ${given}`);
		log(`server: reusing the build in ${given}`);
		return given;
	}
	const buildDir = join(root, 'node_modules/.cache/bench-server-build');
	const kitDir = join(root, 'node_modules/.cache/bench-server-kit');
	log(`server: building into ${buildDir}`);
	let output = '';
	const code = await new Promise<number>((resolve) => {
		const child = spawn('npx', ['vite', 'build'], {
			cwd: root,
			env: { ...process.env, LIMBER_BUILD_OUT: buildDir, LIMBER_KIT_DIR: kitDir },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const keep = (chunk: Buffer) => {
			output = (output + chunk.toString()).slice(-5_000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.once('exit', (exitCode) => resolve(exitCode ?? 1));
	});
	if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output}`);
	return buildDir;
}

function checkTargets(
	ingest: readonly IngestEngineResult[],
	summaries: readonly SummaryBenchResult[]
): TargetCheck[] {
	const checks: TargetCheck[] = [];
	for (const { engine, single, batched, batchedOverSingle } of ingest) {
		const wanted = SERVER_TARGETS.batchedRecordsPerSecond[engine];
		checks.push(
			{
				target: `ingest ${engine}: batched records/s`,
				measured: batched.recordsPerSecond,
				wanted: `>= ${wanted}`,
				passed: batched.recordsPerSecond >= wanted
			},
			{
				target: `ingest ${engine}: batched / single throughput`,
				measured: batchedOverSingle,
				wanted: `>= ${SERVER_TARGETS.batchedOverSingle}`,
				passed: batchedOverSingle >= SERVER_TARGETS.batchedOverSingle
			},
			{
				target: `ingest ${engine}: 5xx responses and connection errors`,
				measured: single.status5xx + batched.status5xx + single.errors + batched.errors,
				wanted: '0',
				passed: single.status5xx + batched.status5xx + single.errors + batched.errors === 0
			}
		);
	}
	for (const summary of summaries) {
		const { engine, records } = summary;
		const at = `${engine}, ${records.toLocaleString('en-GB')} records`;
		checks.push({
			target: `rollup refresh s per million (${at})`,
			measured: summary.refreshSecondsPerMillion,
			wanted: `<= ${SERVER_TARGETS.refreshSecondsPerMillion}`,
			passed: summary.refreshSecondsPerMillion <= SERVER_TARGETS.refreshSecondsPerMillion
		});
		for (const query of summary.queries) {
			checks.push(
				{
					target: `summary by=${query.by}: rollups median ms (${at})`,
					measured: query.rollupsMs.median,
					wanted: `<= ${SERVER_TARGETS.summaryMedianMs}`,
					passed: query.rollupsMs.median <= SERVER_TARGETS.summaryMedianMs
				},
				{
					target: `summary by=${query.by}: raw / rollups median (${at})`,
					measured: query.rawOverRollups,
					wanted: `>= ${SERVER_TARGETS.rawOverRollups}`,
					passed: query.rawOverRollups >= SERVER_TARGETS.rawOverRollups
				},
				{
					target: `summary by=${query.by}: rollups and raw give the same summary (${at})`,
					measured: String(query.agree),
					wanted: 'true',
					passed: query.agree
				}
			);
		}
	}
	return checks;
}

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
