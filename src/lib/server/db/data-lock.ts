/**
 * PGlite lets one process at a time open a data folder; two would corrupt it. The server and
 * the CLI take this lock before opening the folder, and refuse with a clear message while
 * another process holds it. A lock left by a process that died is taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'limber.lock';

export interface DataLock {
	release(): void;
}

export type LockResult =
	| { ok: true; lock: DataLock }
	| { ok: false; holder: { pid: number; purpose: string }; message: string };

/** Takes the data folder's lock for this process. */
export function lockDataDir(dataDir: string, purpose: string): LockResult {
	mkdirSync(dataDir, { recursive: true });
	const path = join(dataDir, LOCK_FILE);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, JSON.stringify({ pid: process.pid, purpose }));
			closeSync(fd);
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				try {
					const holder = readHolder(path);
					if (holder?.pid === process.pid) rmSync(path, { force: true });
				} catch {
					// Already gone.
				}
			};
			process.once('exit', release);
			return { ok: true, lock: { release } };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = readHolder(path);
			if (holder !== undefined && holder.pid !== process.pid && isAlive(holder.pid)) {
				return {
					ok: false,
					holder,
					message:
						`The data folder ${dataDir} is in use by another Limber process (pid ${holder.pid}, ${holder.purpose}). ` +
						'PGlite allows one process at a time. Stop the server first, or use its web pages and API, ' +
						'or run against PostgreSQL with DATABASE_URL.'
				};
			}
			// A lock left behind by a process that has gone: take it over.
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Could not take the lock on ${dataDir}`);
}

function readHolder(path: string): { pid: number; purpose: string } | undefined {
	try {
		const value = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; purpose?: unknown };
		return typeof value.pid === 'number'
			? { pid: value.pid, purpose: typeof value.purpose === 'string' ? value.purpose : 'unknown' }
			: undefined;
	} catch {
		return undefined;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
