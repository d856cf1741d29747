/**
 * Runs the `limber` CLI as a real subprocess (`node --import tsx src/cli/main.ts ...`), and makes
 * throwaway copies of the fixture `pathways/` folder to run it in.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FIXTURES } from '../fixtures/pathway-fixture.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const MAIN = join(ROOT, 'src/cli/main.ts');

/** tsx's loader by absolute URL: `--import tsx` would be resolved from the (temporary) cwd. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** What a CLI run printed, and its exit code. */
export interface CliRun {
	readonly code: number;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs `limber <args>` in `cwd` (the repository root by default). */
export function runCli(args: readonly string[], options: { cwd?: string } = {}): Promise<CliRun> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['--import', TSX, MAIN, ...args],
			{ cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } },
			(error, stdout, stderr) => {
				const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
				resolve({ code, stdout, stderr });
			}
		);
	});
}

/**
 * A fresh folder holding a copy of the fixture `pathways/` tree (conditions, localities,
 * scenarios), so a test can break a file and run the CLI there with its default paths.
 */
export function copyFixtures(): string {
	const dir = mkdtempSync(join(tmpdir(), 'limber-cli-'));
	cpSync(FIXTURES, join(dir, 'pathways'), { recursive: true });
	return dir;
}
