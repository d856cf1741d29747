/**
 * The production build that the patient benchmarks and the bundle test measure. It lives in its
 * own folders (`node_modules/.cache/perf-build` and `perf-kit`) so it never touches `build/` or
 * `.svelte-kit/`, which other runs use. A build is reused only when a stamp written after it
 * names the same fingerprint of every input (sources, pathways, static files, config and the
 * lock file), so a test never measures a stale build.
 *
 * Source maps are written "hidden": the `.map` files let the bundle test name the modules in
 * each chunk, while the JavaScript itself (and so every byte a patient downloads) is exactly
 * that of a plain `vite build`: no `sourceMappingURL` comment is added.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where the build goes, relative to the project root (inside it: Vite requires that). */
export const PERF_BUILD_OUT = 'node_modules/.cache/perf-build';
/** SvelteKit's output folder for that build (its client manifest is read from here). */
export const PERF_KIT_DIR = 'node_modules/.cache/perf-kit';

/** What a build was made from: these folders and files, byte for byte. */
const INPUT_FOLDERS = ['src', 'pathways', 'static'] as const;
const INPUT_FILES = [
	'package.json',
	'package-lock.json',
	'vite.config.ts',
	'svelte.config.js',
	'tsconfig.json'
] as const;
const BUILD_ARGS = ['build', '--sourcemap', 'hidden'] as const;
const STAMP = 'limber-perf-build.json';

export interface PatientBuild {
	/** The project root. */
	readonly root: string;
	/** The adapter-node output: `index.js`, `client/`, `prerendered/`. */
	readonly buildDir: string;
	/** SvelteKit's output folder. */
	readonly kitDir: string;
	/** The static client files the server sends (`_app/...`, icons, `service-worker.js`). */
	readonly clientDir: string;
	/** The prerendered patient pages (`index.html`, `today.html`, ...). */
	readonly prerenderedDir: string;
	/** Vite's client manifest. */
	readonly manifestPath: string;
	/** Fingerprint of the inputs the build was made from. */
	readonly fingerprint: string;
	/** True when an existing build for the same inputs was reused. */
	readonly reused: boolean;
}

/**
 * Returns a production build of the current sources, building it first unless the folder already
 * holds one made from exactly these inputs. Two processes asking at once take turns.
 * @throws Error with the build's output when `vite build` fails
 */
export async function ensurePatientBuild(root: string): Promise<PatientBuild> {
	const release = await lock(join(root, `${PERF_BUILD_OUT}.lock`));
	try {
		const paths = buildPaths(root);
		const fingerprint = fingerprintInputs(root);
		if (readStamp(paths.buildDir) === fingerprint && existsSync(paths.manifestPath)) {
			return { ...paths, fingerprint, reused: true };
		}
		rmSync(join(paths.buildDir, STAMP), { force: true });
		await runViteBuild(root);
		if (!existsSync(paths.manifestPath)) {
			throw new Error(`vite build finished without a client manifest at ${paths.manifestPath}`);
		}
		writeFileSync(
			join(paths.buildDir, STAMP),
			`${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() })}\n`
		);
		return { ...paths, fingerprint, reused: false };
	} finally {
		release();
	}
}

function buildPaths(root: string): Omit<PatientBuild, 'fingerprint' | 'reused'> {
	const buildDir = join(root, PERF_BUILD_OUT);
	const kitDir = join(root, PERF_KIT_DIR);
	return {
		root,
		buildDir,
		kitDir,
		clientDir: join(buildDir, 'client'),
		prerenderedDir: join(buildDir, 'prerendered'),
		manifestPath: join(kitDir, 'output/client/.vite/manifest.json')
	};
}

/** A SHA-256 over the path and content of every build input, and the build command. */
export function fingerprintInputs(root: string): string {
	const hash = createHash('sha256');
	hash.update(BUILD_ARGS.join(' '));
	const files: string[] = [...INPUT_FILES.filter((file) => existsSync(join(root, file)))];
	for (const folder of INPUT_FOLDERS) {
		if (!existsSync(join(root, folder))) continue;
		for (const entry of readdirSync(join(root, folder), { recursive: true })) {
			const path = join(folder, String(entry));
			if (statSync(join(root, path)).isFile()) files.push(path);
		}
	}
	for (const file of files.sort()) {
		hash.update(`\0${file}\0`);
		hash.update(readFileSync(join(root, file)));
	}
	return hash.digest('hex');
}

function readStamp(buildDir: string): string | undefined {
	try {
		const stamp = JSON.parse(readFileSync(join(buildDir, STAMP), 'utf8')) as {
			fingerprint?: unknown;
		};
		return typeof stamp.fingerprint === 'string' ? stamp.fingerprint : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Runs `vite build` in a child process with the private folders. Variables that Vitest sets are
 * removed: with `VITEST` set, vite.config.ts leaves out the pathway plugin and the build fails.
 */
function runViteBuild(root: string): Promise<void> {
	const env: NodeJS.ProcessEnv = {};
	const testOnly = /^(?:VITEST|TEST$|NODE_ENV$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/;
	for (const [key, value] of Object.entries(process.env)) {
		if (!testOnly.test(key)) env[key] = value;
	}
	env['LIMBER_BUILD_OUT'] = PERF_BUILD_OUT;
	env['LIMBER_KIT_DIR'] = PERF_KIT_DIR;
	// A new version name per build (svelte.config.js fixes it in the environment otherwise).
	delete env['LIMBER_BUILD_VERSION'];
	const vite = join(root, 'node_modules/vite/bin/vite.js');
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [vite, ...BUILD_ARGS], {
			cwd: root,
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		const keep = (chunk: Buffer) => {
			output = (output + chunk.toString()).slice(-20_000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`vite build (${relative(root, vite)}) exited ${code}:\n${output}`));
		});
	});
}

/**
 * A lock folder holding the owner's pid: waits while a live process holds it, takes over from a
 * dead one. Returns the release function.
 */
async function lock(path: string): Promise<() => void> {
	const deadline = Date.now() + 10 * 60_000;
	// On a fresh clone node_modules/.cache does not exist yet.
	mkdirSync(dirname(path), { recursive: true });
	for (;;) {
		try {
			mkdirSync(path);
			writeFileSync(join(path, 'pid'), String(process.pid));
			return () => rmSync(path, { recursive: true, force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		if (!isHeldByLiveProcess(path)) {
			rmSync(path, { recursive: true, force: true });
			continue;
		}
		if (Date.now() > deadline) throw new Error(`Timed out waiting for the build lock ${path}`);
		await sleep(500);
	}
}

function isHeldByLiveProcess(path: string): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(path, 'pid'), 'utf8'));
	} catch {
		// Just created and the pid not written yet, unless the owner died in between.
		try {
			return Date.now() - statSync(path).mtimeMs < 10_000;
		} catch {
			return false;
		}
	}
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
