/**
 * The production server for the patient benchmarks: `node <build>/index.js` on 127.0.0.1, on a
 * port of the benchmarks' own range, so it never meets a test suite's server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PatientBuild } from './build.js';

/** Ports the benchmarks may use (the app server and Chromium's debugging port). */
export const BENCH_PORTS = { first: 4330, last: 4339 } as const;

/** Chromium's flags for the benchmarks: quiet and sandbox-free, as in playwright.config.ts. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
] as const;

/** `count` ports of the benchmark range that nothing on 127.0.0.1 is listening on. */
export async function findFreePorts(count: number): Promise<number[]> {
	const free: number[] = [];
	for (let port = BENCH_PORTS.first; port <= BENCH_PORTS.last && free.length < count; port++) {
		if (await isPortFree(port)) free.push(port);
	}
	if (free.length < count) {
		throw new Error(`Need ${count} free ports in ${BENCH_PORTS.first}-${BENCH_PORTS.last}.`);
	}
	return free;
}

function isPortFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

export interface BenchServer {
	/** e.g. http://127.0.0.1:4330 */
	readonly url: string;
	/** Stops the server and deletes its data folder. */
	stop(): Promise<void>;
}

/** Starts the built server on 127.0.0.1:`port` and waits until it answers. */
export async function startServer(build: PatientBuild, port: number): Promise<BenchServer> {
	const url = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'limber-bench-'));
	const child = spawn(process.execPath, [join(build.buildDir, 'index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LIMBER_DATA_DIR: dataDir },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => {
		errors = (errors + chunk.toString()).slice(-5_000);
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		rmSync(dataDir, { recursive: true, force: true });
	};
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(url)).ok) return { url, stop };
		} catch {
			// Not listening yet.
		}
		if (child.exitCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`The server on ${url} did not start:\n${errors}`);
		}
		await sleep(200);
	}
}
