/**
 * `limber user add`: makes a commissioner or admin account. The password is asked for twice
 * without echo on a terminal, or read from standard input with `--password-stdin` (scripts);
 * never from the command line, where it would sit in the shell history and the process list.
 * Prints the TOTP secret and its otpauth:// URI for the person's authenticator app.
 */
import { Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import { parseAccessScope } from '../../lib/server/auth/access-scope.js';
import { findPasswordWeakness } from '../../lib/server/auth/password.js';
import { normalizeTotpSecret, totpUri } from '../../lib/server/auth/totp.js';
import { createUser, isEmailShaped, normalizeEmail } from '../../lib/server/auth/users.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { parseCliArgs } from '../parse-cli-args.js';
import {
	DATABASE_OPTIONS,
	DATABASE_USAGE,
	PROCESS_IO,
	knownLocalities,
	withCliDatabase,
	type CliIo
} from './db-migrate.js';

const USAGE = `Usage: limber user add --email <address> --role commissioner|admin [--localities <ids>]
                       [--password-stdin] [--totp-secret <base32>] [--data-dir <dir>]

Makes an account for the commissioner dashboard and prints the secret to add to an
authenticator app (the second step of signing in).
  --email <address>      the person's email address (they sign in with it)
  --role <role>          commissioner (sees only their localities) or admin (sees all, or
                         only --localities when given)
  --localities <ids>     comma-separated locality ids, e.g. example-leeds,example-cardiff;
                         required for a commissioner
  --password-stdin       read the password from standard input (for scripts); otherwise
                         it is asked for twice, without echo
  --totp-secret <base32> use this TOTP secret (at least 128 bits of base32) instead of a new
                         random one: for scripted set-ups and tests only, since anyone who
                         knows it has the second factor
${DATABASE_USAGE}`;

/** Reads all of standard input; one trailing newline (from `echo`) is not part of it. */
async function readStdin(stdin: CliIo['stdin']): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stdin)
		chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks)
		.toString('utf8')
		.replace(/\r?\n$/, '');
}

/** Asks for a line on the terminal without echoing what is typed. */
function askHidden(io: CliIo, prompt: string): Promise<string> {
	let isMuted = false;
	const output = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			if (!isMuted) io.stderr.write(chunk.toString());
			done();
		}
	});
	const lines = createInterface({ input: io.stdin, output, terminal: true });
	return new Promise((resolve) => {
		io.stderr.write(prompt);
		isMuted = true;
		lines.question('', (answer) => {
			isMuted = false;
			io.stderr.write('\n');
			lines.close();
			resolve(answer);
		});
	});
}

type PasswordResult = { ok: true; password: string } | { ok: false; message: string };

async function readPassword(io: CliIo, fromStdin: boolean): Promise<PasswordResult> {
	if (fromStdin) return { ok: true, password: await readStdin(io.stdin) };
	if (io.stdin.isTTY !== true) {
		return {
			ok: false,
			message: 'There is no terminal to ask for the password on: pipe it in with --password-stdin.'
		};
	}
	const password = await askHidden(io, 'Password: ');
	const again = await askHidden(io, 'The same password again: ');
	return password === again
		? { ok: true, password }
		: { ok: false, message: 'The two passwords are not the same. Nothing was saved.' };
}

/** `limber user add` with its streams (tests pass their own). */
export async function runUserAdd(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
	const args = parseCliArgs(argv, {
		email: { type: 'string' },
		role: { type: 'string' },
		localities: { type: 'string' },
		'password-stdin': { type: 'boolean' },
		'totp-secret': { type: 'string' },
		...DATABASE_OPTIONS
	});
	const usageError = (message: string) => {
		io.stderr.write(`limber user add: ${message}\n\n${USAGE}\n`);
		return EXIT_USAGE;
	};
	if (!args.ok) return usageError(args.message);
	if (args.positionals.length > 0) return usageError('give the address with --email.');
	const { values } = args;
	if (values.email === undefined) return usageError('give the address with --email.');
	const email = normalizeEmail(values.email);
	if (!isEmailShaped(email)) return usageError(`"${values.email}" is not an email address.`);
	const scope = parseAccessScope({
		role: values.role,
		localities: values.localities,
		knownLocalities: knownLocalities()
	});
	if (!scope.ok) return usageError(scope.message);
	let totpSecret: string | undefined;
	if (values['totp-secret'] !== undefined) {
		totpSecret = normalizeTotpSecret(values['totp-secret']);
		if (totpSecret === undefined) {
			return usageError(
				'--totp-secret must be base32 (A-Z, 2-7) of at least 128 bits (26 characters).'
			);
		}
	}

	const password = await readPassword(io, values['password-stdin'] === true);
	if (!password.ok) {
		io.stderr.write(`limber user add: ${password.message}\n`);
		return EXIT_FINDINGS;
	}
	const weakness = findPasswordWeakness(password.password);
	if (weakness !== undefined) {
		io.stderr.write(`limber user add: ${weakness} Nothing was saved.\n`);
		return EXIT_FINDINGS;
	}

	return withCliDatabase(
		{ io, dataDir: values['data-dir'], command: 'user add' },
		async (database) => {
			const created = await createUser(database.db, {
				email,
				password: password.password,
				scope: scope.scope,
				now: new Date(),
				totpSecret
			});
			if (!created.ok) {
				io.stderr.write(
					created.error === 'email-taken'
						? `limber user add: there is already an account for ${email}. Nothing was saved.\n`
						: `limber user add: "${email}" is not an email address.\n`
				);
				return EXIT_FINDINGS;
			}
			const { user } = created;
			const sees =
				user.localities.length === 0
					? 'every locality'
					: `localities ${user.localities.join(', ')}`;
			io.stdout.write(
				[
					`Added ${user.role} ${user.email} (sees ${sees}).`,
					'',
					'Add the account to an authenticator app: scan the URI as a QR code or type the secret.',
					`  Secret: ${user.totpSecret}`,
					`  URI:    ${totpUri({ secret: user.totpSecret, account: user.email })}`,
					'',
					'Give the secret only to the account holder; it is not shown again.',
					''
				].join('\n')
			);
			return EXIT_OK;
		}
	);
}

/** `limber user add`. */
export const userAddCommand: CliCommand = {
	name: 'user add',
	summary: 'Add a commissioner or admin account (password, then TOTP secret to scan).',
	usage: USAGE,
	run: (argv) => runUserAdd(argv)
};
