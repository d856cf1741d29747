/**
 * A Limber production server that a test starts and stops itself (`node <build>/index.js` on
 * 127.0.0.1), for the tests that must take the network away for real: stop the server, go on
 * using the app, start it again on the same port (the same origin, so the same database).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, which playwright.config.ts's build folder is relative to. */
const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Ports the patient-journey suites may use, so they never meet another suite's server. */
export const JOURNEY_PORTS = { first: 4310, last: 4319 } as const;

/**
 * The build the Playwright web server made for this run (playwright.config.ts builds into
 * `$LIMBER_BUILD_OUT`, default `build`). Reusing it saves a second build.
 * @throws Error when the folder has no server in it (the web server has not built yet)
 */
export function findBuild(): string {
	const folder = resolve(PROJECT_ROOT, process.env['LIMBER_BUILD_OUT'] ?? 'build');
	if (!existsSync(join(folder, 'index.js'))) {
		throw new Error(`There is no built server in ${folder}; run the suite through Playwright.`);
	}
	return folder;
}

/** The first port in `range` that nothing on 127.0.0.1 is listening on. */
export async function findFreePort(range: { first: number; last: number }): Promise<number> {
	for (let port = range.first; port <= range.last; port++) {
		if (await isPortFree(port)) return port;
	}
	throw new Error(`Ports ${range.first}-${range.last} are all in use on 127.0.0.1.`);
}

export interface AppServer {
	/** e.g. http://127.0.0.1:4310 */
	readonly url: string;
	readonly port: number;
	/** Whether the server is running now. */
	readonly isRunning: boolean;
	/** Starts the server (again) on the same port and waits until it answers. */
	start(): Promise<void>;
	/** Stops the server and waits until the port refuses connections. */
	stop(): Promise<void>;
	/** Stops the server and deletes its data folder. */
	dispose(): Promise<void>;
}

/** Starts a server for `build` on 127.0.0.1:`port` and waits until it answers. */
export async function startAppServer(input: { build: string; port: number }): Promise<AppServer> {
	const url = `http://127.0.0.1:${input.port}`;
	// Its own data folder: this server must not share a database with the suite's web server.
	const dataDir = mkdtempSync(join(tmpdir(), 'limber-e2e-server-'));
	let child: ChildProcess | undefined;
	let output = '';

	async function start(): Promise<void> {
		if (child !== undefined) return;
		if (!(await isPortFree(input.port))) {
			throw new Error(`Port ${input.port} is already in use; cannot start the test server.`);
		}
		output = '';
		const started = spawn(process.execPath, [join(input.build, 'index.js')], {
			env: {
				...process.env,
				PORT: String(input.port),
				HOST: '127.0.0.1',
				LIMBER_DATA_DIR: dataDir
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		started.on('exit', () => {
			if (child === started) child = undefined;
		});
		child = started;
		await waitFor(`the server on ${url} to answer`, async () => {
			if (child === undefined) throw new Error(`The server exited while starting:\n${output}`);
			return (await fetchStatus(url)) !== undefined;
		});
	}

	async function stop(): Promise<void> {
		const running = child;
		if (running === undefined) return;
		const exited = new Promise<void>((done) => running.once('exit', () => done()));
		running.kill('SIGTERM');
		await exited;
		child = undefined;
		await waitFor(`port ${input.port} to close`, () => isPortFree(input.port));
	}

	await start();
	return {
		url,
		port: input.port,
		get isRunning() {
			return child !== undefined;
		},
		start,
		stop,
		async dispose() {
			await stop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** The HTTP status of a GET, or undefined when nothing answers. */
export async function fetchStatus(url: string): Promise<number | undefined> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
		await response.body?.cancel();
		return response.status;
	} catch {
		return undefined;
	}
}

function isPortFree(port: number): Promise<boolean> {
	return new Promise((done) => {
		const probe = createServer();
		probe.once('error', () => done(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
	});
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 15_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
}
