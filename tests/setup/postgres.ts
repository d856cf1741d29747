/**
 * A throwaway PostgreSQL server for tests, from Debian's binaries, listening on 127.0.0.1 only,
 * with its data in a temporary folder. `.ci/run` starts one and sets LIMBER_TEST_DATABASE_URL;
 * without it, the test run starts its own here. A machine without PostgreSQL gets a clear error
 * (the PostgreSQL tests are never skipped).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
	readonly url: string;
	stop(): void;
}

/** Debian installs PostgreSQL under /usr/lib/postgresql/<major>/bin. */
export function findPostgresBin(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const majors = readdirSync(root).sort((a, b) => Number(b) - Number(a));
	for (const major of majors) {
		const bin = join(root, major, 'bin');
		if (existsSync(join(bin, 'initdb'))) return bin;
	}
	return undefined;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address !== null
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/** Starts PostgreSQL (installing it with apt when root and missing). */
export async function startTestPostgres(): Promise<TestPostgres> {
	let bin = findPostgresBin();
	const isRoot = process.getuid?.() === 0;
	if (bin === undefined && isRoot) {
		spawnSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit' });
		bin = findPostgresBin();
	}
	if (bin === undefined) {
		throw new Error(
			'The server tests need PostgreSQL. Install it (sudo apt-get install postgresql) or set ' +
				'LIMBER_TEST_DATABASE_URL to an empty test database on 127.0.0.1.'
		);
	}
	const dir = mkdtempSync(join(tmpdir(), 'limber-test-pg-'));
	// initdb refuses to run as root: run PostgreSQL as the postgres user, which owns the folder.
	const asOwner = (command: string, args: string[]) =>
		isRoot
			? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], {
					stdio: 'pipe'
				})
			: execFileSync(join(bin, command), args, { stdio: 'pipe' });
	if (isRoot) {
		const { uid, gid } = userIds('postgres');
		chownSync(dir, uid, gid);
	}
	const port = await freePort();
	asOwner('initdb', [
		'-D',
		join(dir, 'data'),
		'-U',
		'limber',
		'-A',
		'trust',
		'--no-sync',
		'-E',
		'UTF8',
		'--locale=C.UTF-8'
	]);
	asOwner('pg_ctl', [
		'-D',
		join(dir, 'data'),
		'-l',
		join(dir, 'postgres.log'),
		'-w',
		'-o',
		`-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`,
		'start'
	]);
	asOwner('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'limber', 'limber_test']);
	return {
		url: `postgresql://limber@127.0.0.1:${port}/limber_test`,
		stop() {
			try {
				asOwner('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}

function userIds(name: string): { uid: number; gid: number } {
	const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
	const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
	return { uid, gid };
}
