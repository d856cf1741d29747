/**
 * Production builds of the app in private folders, each with its own version name, and a server
 * for one of them on a given port. The update test builds v1 and v2 and swaps the server under
 * an open page, as a real deployment does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, where `vite build` must run. */
const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A finished build: the adapter-node output folder and the version it was built as. */
export interface BuiltApp {
	readonly out: string;
	readonly version: string;
}

/**
 * Builds the app with `vite build` into `node_modules/.cache/<folder>/` (the build in `build/`,
 * SvelteKit's files in `kit/`), so it never touches the folders that other runs use.
 * @throws Error with the end of the build log when the build fails
 */
export async function buildApp(input: { folder: string; version: string }): Promise<BuiltApp> {
	const root = join(PROJECT_ROOT, 'node_modules', '.cache', input.folder);
	rmSync(root, { recursive: true, force: true });
	const out = join(root, 'build');
	const child = spawn('npx', ['vite', 'build'], {
		cwd: PROJECT_ROOT,
		env: {
			...process.env,
			LIMBER_BUILD_OUT: out,
			LIMBER_KIT_DIR: join(root, 'kit'),
			LIMBER_BUILD_VERSION: input.version
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const code = await exited(child);
	if (code !== 0 || !existsSync(join(out, 'index.js'))) {
		throw new Error(`Building ${input.version} failed (exit ${code}):\n${log.slice(-4000)}`);
	}
	return { out, version: input.version };
}

/** A running server of one build. */
export interface RunningApp {
	readonly url: string;
	/** Stops the server and waits until it has exited (so the port is free again). */
	stop(): Promise<void>;
}

/**
 * Serves a build with `node <out>/index.js` on 127.0.0.1:`port` and waits until it answers.
 * @throws Error when the server exits or does not answer within `timeoutMs`
 */
export async function serveApp(
	app: BuiltApp,
	input: { port: number; timeoutMs?: number }
): Promise<RunningApp> {
	const url = `http://127.0.0.1:${input.port}`;
	const child = spawn(process.execPath, [join(app.out, 'index.js')], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, PORT: String(input.port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const exit = exited(child);
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exit;
	};

	const deadline = Date.now() + (input.timeoutMs ?? 15_000);
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		try {
			const response = await fetch(`${url}/manifest.webmanifest`);
			if (response.ok) return { url, stop };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await stop();
	throw new Error(`The ${app.version} server did not start on ${url}:\n${errors.slice(-2000)}`);
}

/** Resolves with the exit code (or -1 after a signal) when the child process ends. */
function exited(child: ChildProcess): Promise<number> {
	return new Promise((resolve, reject) => {
		if (child.exitCode !== null) return resolve(child.exitCode);
		child.once('error', reject);
		child.once('exit', (code) => resolve(code ?? -1));
	});
}
