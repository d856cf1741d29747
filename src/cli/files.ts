/**
 * Reading pathway files from disk for the CLI: expanding folders, naming files relative to the
 * current folder (so `file:line:col` is clickable in a terminal), and reading includes. File
 * access lives here because src/lib/pathway never touches the file system.
 */
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../lib/pathway/load/diagnostic.js';

/** A path as output shows it: relative to the current folder, with forward slashes. */
export function displayPath(path: string): string {
	const shown = relative(process.cwd(), resolve(path)) || '.';
	return sep === '/' ? shown : shown.split(sep).join('/');
}

/** The text of a file, or undefined when it cannot be read. */
export function readTextFile(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

function isDirectory(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** Files directly inside `dir` whose names end with `suffix`, sorted; [] when there is no such folder. */
export async function listFiles(dir: string, suffix: string): Promise<string[]> {
	try {
		const names = await readdir(dir);
		return names
			.filter((name) => name.endsWith(suffix))
			.sort()
			.map((name) => displayPath(join(dir, name)));
	} catch {
		return [];
	}
}

/** Files anywhere under `dir` whose names end with any of `suffixes`, sorted. */
async function listFilesDeep(dir: string, suffixes: readonly string[]): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && suffixes.some((suffix) => entry.name.endsWith(suffix)))
		.map((entry) => displayPath(join(entry.parentPath, entry.name)))
		.sort();
}

/** A diagnostic for a path given on the command line that cannot be read. */
export function unreadableFileDiagnostic(file: string, message?: string): Diagnostic {
	return {
		file: displayPath(file),
		line: 1,
		col: 1,
		path: '',
		rule: 'io',
		severity: 'error',
		message: message ?? 'Cannot read this file. Check that the path is right and the file exists.'
	};
}

/**
 * Expands command-line paths: a folder stands for its files ending in any of `suffixes`; files
 * are kept as given. Paths that do not exist come back as diagnostics.
 */
export async function expandPaths(
	paths: readonly string[],
	suffixes: readonly string[]
): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
	const files: string[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const path of paths) {
		if (isDirectory(path)) {
			files.push(...(await listFilesDeep(path, suffixes)));
		} else if (readTextFile(path) === undefined) {
			diagnostics.push(unreadableFileDiagnostic(path));
		} else {
			files.push(displayPath(path));
		}
	}
	return { files: [...new Set(files)], diagnostics };
}

/** Reads files named relative to `file`'s folder (for `{ "include": ... }`). */
export function createIncludeReader(file: string): (relativePath: string) => string | undefined {
	return (relativePath) => readTextFile(join(dirname(file), relativePath));
}
