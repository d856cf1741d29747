import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDbMigrate, type CliIo } from '../../src/cli/commands/db-migrate.js';
import { runTokenCreate, runTokenRevoke } from '../../src/cli/commands/token-create.js';
import { runUserAdd } from '../../src/cli/commands/user-add.js';
import { findTokenPrincipal } from '../../src/lib/server/auth/api-tokens.js';
import { verifyPassword } from '../../src/lib/server/auth/password.js';
import { findUserByEmail } from '../../src/lib/server/auth/users.js';
import { openDatabase, type ServerDatabase } from '../../src/lib/server/db/connection.js';
import { MIGRATIONS } from '../../src/lib/server/db/migrations.js';
import { ENGINES, type Engine } from '../lib/server/databases.js';
import { ROOT } from './run-cli.js';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** A command's streams in memory: `input` is what is piped to it. */
function memoryIo(env: CliIo['env'], input = ''): CliIo & { out: () => string; err: () => string } {
	let out = '';
	let err = '';
	return {
		stdin: Readable.from([input]),
		stdout: { write: (text: string) => (out += text) },
		stderr: { write: (text: string) => (err += text) },
		env,
		out: () => out,
		err: () => err
	};
}

/** Where the commands point: a fresh PGlite folder, or a fresh PostgreSQL database. */
async function freshTarget(engine: Engine): Promise<{ env: CliIo['env']; drop(): Promise<void> }> {
	if (engine === 'pglite') {
		const dataDir = join(mkdtempSync(join(tmpdir(), 'limber-cli-db-')), 'data');
		return { env: { LIMBER_DATA_DIR: dataDir }, drop: () => Promise.resolve() };
	}
	const admin = process.env['LIMBER_TEST_DATABASE_URL'];
	if (admin === undefined) throw new Error('LIMBER_TEST_DATABASE_URL is not set');
	const name = `limber_t_cli_${randomBytes(6).toString('hex')}`;
	const client = new pg.Client({ connectionString: admin });
	await client.connect();
	await client.query(`CREATE DATABASE ${name}`);
	await client.end();
	const url = new URL(admin);
	url.pathname = `/${name}`;
	return {
		env: { DATABASE_URL: url.toString() },
		drop: async () => {
			const dropper = new pg.Client({ connectionString: admin });
			await dropper.connect();
			await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await dropper.end();
		}
	};
}

/** Opens the target the way the server would, runs `look`, closes it (freeing the folder). */
async function inspect<T>(
	env: CliIo['env'],
	look: (database: ServerDatabase) => Promise<T>
): Promise<T> {
	const opened = await openDatabase({
		databaseUrl: env['DATABASE_URL'],
		dataDir: env['LIMBER_DATA_DIR'],
		purpose: 'test'
	});
	if (!opened.ok) throw new Error(opened.message);
	try {
		return await look(opened.database);
	} finally {
		await opened.database.close();
	}
}

describe.each(ENGINES)('the database commands (%s)', (engine) => {
	let target: Awaited<ReturnType<typeof freshTarget>>;
	beforeAll(async () => {
		target = await freshTarget(engine);
	}, 60_000);
	afterAll(async () => {
		await target.drop();
	});

	it('db migrate lists the migrations it applied, then reports the database up to date', async () => {
		const first = memoryIo(target.env);
		expect(await runDbMigrate([], first)).toBe(0);
		for (const migration of MIGRATIONS) expect(first.out()).toContain(migration.id);
		expect(first.out()).toMatch(/^Applied \d+ migrations? to the /);
		const again = memoryIo(target.env);
		expect(await runDbMigrate([], again)).toBe(0);
		expect(again.out()).toContain(`up to date (${MIGRATIONS.length} migrations applied before)`);
	}, 60_000);

	it('user add makes an account from a piped password and prints its TOTP secret and URI', async () => {
		const io = memoryIo(target.env, `${PASSWORD}\n`);
		const code = await runUserAdd(
			[
				'--email',
				'Commissioner@Example.NHS.uk',
				'--role',
				'commissioner',
				'--localities',
				'example-leeds,synthetic-hull',
				'--password-stdin',
				'--totp-secret',
				SECRET.toLowerCase()
			],
			io
		);
		expect(io.err()).toBe('');
		expect(code).toBe(0);
		expect(io.out()).toContain(
			'Added commissioner commissioner@example.nhs.uk (sees localities example-leeds, synthetic-hull).'
		);
		expect(io.out()).toContain(`Secret: ${SECRET}`);
		expect(io.out()).toContain(
			`otpauth://totp/Limber:commissioner%40example.nhs.uk?secret=${SECRET}&issuer=Limber`
		);
		const user = await inspect(target.env, (database) =>
			findUserByEmail(database.db, 'commissioner@example.nhs.uk')
		);
		expect(user).toMatchObject({
			role: 'commissioner',
			localities: ['example-leeds', 'synthetic-hull'],
			totpSecret: SECRET
		});
		expect(await verifyPassword(user!.passwordHash, PASSWORD)).toBe(true);
	}, 60_000);

	it('user add makes a new random TOTP secret when none is given, and an admin may have no localities', async () => {
		const io = memoryIo(target.env, PASSWORD);
		const args = ['--email', 'admin@example.org', '--role', 'admin', '--password-stdin'];
		expect(await runUserAdd(args, io)).toBe(0);
		const secret = /Secret: ([A-Z2-7]+)/.exec(io.out())?.[1];
		expect(secret).toHaveLength(32);
		expect(secret).not.toBe(SECRET);
		expect(io.out()).toContain('(sees every locality)');
		const again = memoryIo(target.env, PASSWORD);
		expect(await runUserAdd(args, again)).toBe(1);
		expect(again.err()).toContain('there is already an account for admin@example.org');
	}, 60_000);

	it('user add refuses a weak password, and without a terminal or --password-stdin, saving nothing', async () => {
		const weak = memoryIo(target.env, 'short\n');
		const args = ['--email', 'weak@example.org', '--role', 'admin'];
		expect(await runUserAdd([...args, '--password-stdin'], weak)).toBe(1);
		expect(weak.err()).toContain('at least 12 characters');
		const noTerminal = memoryIo(target.env, PASSWORD);
		expect(await runUserAdd(args, noTerminal)).toBe(1);
		expect(noTerminal.err()).toContain('pipe it in with --password-stdin');
		expect(
			await inspect(target.env, (database) => findUserByEmail(database.db, 'weak@example.org'))
		).toBeUndefined();
	}, 60_000);

	it('user add explains wrong usage with exit code 2', async () => {
		const cases: [string[], string][] = [
			[['--role', 'admin'], 'give the address with --email'],
			[['--email', 'not-an-address', '--role', 'admin'], 'is not an email address'],
			[['--email', 'a@example.org'], 'Give a role'],
			[['--email', 'a@example.org', '--role', 'boss'], 'Unknown role "boss"'],
			[
				['--email', 'a@example.org', '--role', 'commissioner'],
				'A commissioner sees only their localities'
			],
			[
				['--email', 'a@example.org', '--role', 'commissioner', '--localities', 'atlantis'],
				'Unknown locality: atlantis'
			],
			[
				['--email', 'a@example.org', '--role', 'admin', '--totp-secret', 'JBSWY3DPEHPK3PXP'],
				'at least 128 bits'
			],
			[
				['--email', 'a@example.org', '--role', 'admin', '--password', 'x'],
				"Unknown option '--password'"
			]
		];
		for (const [args, message] of cases) {
			const io = memoryIo(target.env, PASSWORD);
			expect(await runUserAdd([...args, '--password-stdin'], io), args.join(' ')).toBe(2);
			expect(io.err(), args.join(' ')).toContain(message);
		}
	});

	it('token create prints a token once that signs a BI tool in; token revoke ends it', async () => {
		const io = memoryIo(target.env);
		const args = [
			'--role',
			'commissioner',
			'--localities',
			'example-cardiff',
			'--label',
			'Power BI'
		];
		expect(await runTokenCreate(args, io)).toBe(0);
		const token = io.out().trim();
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const id = /API token ([0-9a-f-]{36})/.exec(io.err())?.[1];
		expect(id).toBeDefined();
		expect(await inspect(target.env, (database) => findTokenPrincipal(database.db, token))).toEqual(
			{ kind: 'token', id, role: 'commissioner', localities: ['example-cardiff'] }
		);

		const revoke = memoryIo(target.env);
		expect(await runTokenRevoke([id!], revoke)).toBe(0);
		expect(revoke.out()).toBe(`Revoked API token ${id}.\n`);
		expect(
			await inspect(target.env, (database) => findTokenPrincipal(database.db, token))
		).toBeUndefined();
		const unknown = memoryIo(target.env);
		expect(await runTokenRevoke(['00000000-0000-4000-8000-000000000000'], unknown)).toBe(1);
		expect(unknown.err()).toContain('there is no API token');
	}, 60_000);

	it('token create and revoke explain wrong usage with exit code 2', async () => {
		const create = memoryIo(target.env);
		expect(await runTokenCreate(['--role', 'commissioner'], create)).toBe(2);
		expect(create.err()).toContain('give --localities');
		const revoke = memoryIo(target.env);
		expect(await runTokenRevoke(['not-an-id'], revoke)).toBe(2);
		expect(revoke.err()).toContain('is not a token id');
	});
});

describe('a PostgreSQL database that cannot be reached', () => {
	it('is reported with exit code 1, without the connection string', async () => {
		const io = memoryIo({ DATABASE_URL: 'postgresql://limber:hunter2secret@127.0.0.1:9/limber' });
		expect(await runDbMigrate([], io)).toBe(1);
		expect(io.err()).toContain(
			'limber db migrate: could not open the PostgreSQL database in DATABASE_URL:'
		);
		expect(io.err()).not.toContain('hunter2secret');
	}, 30_000);
});

describe('a PGlite data folder in use by the server', () => {
	let holder: ChildProcess | undefined;
	afterAll(() => {
		holder?.kill();
	});

	/** Another process takes the folder's lock the way the server does, and keeps it. */
	function holdLock(dataDir: string): Promise<ChildProcess> {
		const lockModule = pathToFileURL(join(ROOT, 'src/lib/server/db/data-lock.ts')).href;
		const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
		const script = `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
			const held = lockDataDir(${JSON.stringify(dataDir)}, 'server (port 4202)');
			console.log(held.ok ? 'locked' : 'refused');
			setInterval(() => {}, 1000);`;
		const child = spawn(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		return new Promise((resolve, reject) => {
			child.stdout.once('data', (data: Buffer) => {
				if (data.toString().includes('locked')) resolve(child);
				else reject(new Error(data.toString()));
			});
			child.once('exit', () => reject(new Error('the lock holder exited')));
		});
	}

	it('makes every database command refuse with a clear message and a non-zero exit, and the folder still opens afterwards', async () => {
		const dataDir = join(mkdtempSync(join(tmpdir(), 'limber-cli-lock-')), 'data');
		const env = { LIMBER_DATA_DIR: dataDir };
		const setUp = memoryIo(env, PASSWORD);
		expect(
			await runUserAdd(
				['--email', 'kept@example.org', '--role', 'admin', '--password-stdin'],
				setUp
			)
		).toBe(0);

		holder = await holdLock(dataDir);
		const runs: [string, (io: CliIo) => Promise<number>][] = [
			['db migrate', (io) => runDbMigrate([], io)],
			[
				'user add',
				(io) =>
					runUserAdd(['--email', 'new@example.org', '--role', 'admin', '--password-stdin'], io)
			],
			['token create', (io) => runTokenCreate(['--role', 'admin'], io)]
		];
		for (const [name, run] of runs) {
			const io = memoryIo(env, PASSWORD);
			expect(await run(io), name).toBe(1);
			expect(io.err(), name).toContain(`limber ${name}: The data folder ${dataDir} is in use`);
			expect(io.err(), name).toContain(`pid ${holder.pid}, server (port 4202)`);
			expect(io.err(), name).toContain('Stop the server first');
			expect(io.err(), name).toContain('DATABASE_URL');
		}

		holder.kill();
		await new Promise((resolve) => holder!.once('exit', resolve));
		const user = await inspect(env, (database) => findUserByEmail(database.db, 'kept@example.org'));
		expect(user?.email).toBe('kept@example.org');
		expect(
			await inspect(env, (database) => findUserByEmail(database.db, 'new@example.org'))
		).toBeUndefined();
	}, 90_000);
});
