/**
 * `limber serve` (and `npm start`): build the app if the build is missing or stale, then run the
 * production Node server from `build/index.js` until it exits.
 *
 * The build is skipped when it is newer than every source it is made from, so a second
 * `npm start` is instant; any edit under src/, pathways/ or static/, or to the build config or
 * the lockfile, triggers a rebuild.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: limber serve [--port <number>] [--host <address>]

Builds the app when the build is missing or older than its sources, then serves it.
  --port  port to listen on (default: $PORT or 3000)
  --host  address to listen on (default: $HOST or 0.0.0.0, every interface)`;

/** The repository root: this file is src/cli/commands/serve.ts. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Everything `vite build` reads; a change to any of them makes the build stale. */
const BUILD_INPUTS = [
	'src',
	'pathways',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

const SERVER_ENTRY = join(ROOT, 'build', 'index.js');

/**
 * Runs `limber serve`.
 * @param argv the arguments after `serve`
 * @returns the exit code for the process: the server's own, or the build's if it failed
 */
export async function serve(argv: string[]): Promise<number> {
	const options = parseServeArgs(argv);
	if (!options.ok) {
		console.error(`${options.error}\n\n${USAGE}`);
		return 2;
	}
	if (options.help) {
		console.log(USAGE);
		return 0;
	}

	if (await isBuildStale()) {
		console.log('Building Limber (the build is missing or older than its sources)...');
		const buildCode = await runChild('npx', ['vite', 'build'], process.env);
		if (buildCode !== 0) {
			console.error(`The build failed (exit code ${buildCode}); not starting the server.`);
			return buildCode;
		}
	}

	// adapter-node assumes https unless told the origin, and SvelteKit then refuses form posts
	// (commissioner sign-in) as cross-site. A deployment behind TLS sets ORIGIN to its address.
	const env = {
		...process.env,
		PORT: options.port,
		HOST: options.host,
		ORIGIN: process.env.ORIGIN ?? `http://localhost:${options.port}`
	};
	console.log(`Starting Limber on http://localhost:${options.port} (listening on ${options.host})`);
	return runChild(process.execPath, [SERVER_ENTRY], env);
}

type ServeArgs =
	{ ok: true; help: boolean; port: string; host: string } | { ok: false; error: string };

/** Parses the `serve` arguments; command-line flags win over $PORT and $HOST. */
function parseServeArgs(argv: string[]): ServeArgs {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				port: { type: 'string' },
				host: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			},
			strict: true,
			allowPositionals: false
		}));
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}

	const port = values.port ?? process.env.PORT ?? '3000';
	if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) {
		return { ok: false, error: `The port must be a number from 0 to 65535, not "${port}".` };
	}
	const host = values.host ?? process.env.HOST ?? '0.0.0.0';
	return { ok: true, help: values.help ?? false, port, host };
}

/** True when build/index.js is missing or older than the newest build input. */
async function isBuildStale(): Promise<boolean> {
	if (!existsSync(SERVER_ENTRY)) return true;
	const builtAt = (await stat(SERVER_ENTRY)).mtimeMs;
	const newestInputs = await Promise.all(
		BUILD_INPUTS.map((input) => findNewestModification(join(ROOT, input)))
	);
	return newestInputs.some((modifiedAt) => modifiedAt > builtAt);
}

/** The newest modification time of a file, or of any file under a folder; 0 if it is missing. */
async function findNewestModification(path: string): Promise<number> {
	const info = await stat(path).catch(() => undefined);
	if (!info) return 0;
	if (!info.isDirectory()) return info.mtimeMs;

	const entries = await readdir(path, { recursive: true, withFileTypes: true });
	const times = await Promise.all(
		entries
			.filter((entry) => entry.isFile())
			.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).mtimeMs)
	);
	// A folder's own time changes when a file is deleted or renamed, which also stales the build.
	return Math.max(info.mtimeMs, ...times);
}

/**
 * Runs a child process with inherited stdio until it exits, passing on SIGINT and SIGTERM so
 * that Ctrl+C or a process manager stops the server gracefully rather than orphaning it.
 * @returns the child's exit code, or 128 + the signal number if a signal ended it
 */
function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
		const forward = (signal: NodeJS.Signals) => {
			child.kill(signal);
		};
		process.on('SIGINT', forward);
		process.on('SIGTERM', forward);

		const finish = (code: number) => {
			process.off('SIGINT', forward);
			process.off('SIGTERM', forward);
			resolve(code);
		};
		child.once('error', (error) => {
			console.error(`Could not run ${command}: ${error.message}`);
			finish(1);
		});
		child.once('exit', (code, signal) => {
			finish(code ?? 128 + (signal ? constants.signals[signal] : 0));
		});
	});
}
