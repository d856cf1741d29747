/**
 * `limber token create` and `limber token revoke`: API tokens for BI tools reading
 * `GET /api/v1/summary` with `Authorization: Bearer <token>`. The token is printed once; only
 * its hash is stored, so a lost token is revoked and replaced, never shown again.
 */
import { parseAccessScope } from '../../lib/server/auth/access-scope.js';
import { createApiToken, revokeApiToken } from '../../lib/server/auth/api-tokens.js';
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

const CREATE_USAGE = `Usage: limber token create --role commissioner|admin [--localities <ids>] [--label <text>]
                          [--data-dir <dir>]

Makes an API token for a BI tool and prints it once (it is stored hashed).
  --role <role>       commissioner (sees only its localities) or admin (sees all, or only
                      --localities when given)
  --localities <ids>  comma-separated locality ids; required for a commissioner
  --label <text>      what the token is for, e.g. "Power BI, West Yorkshire ICB"
${DATABASE_USAGE}`;

const REVOKE_USAGE = `Usage: limber token revoke <id> [--data-dir <dir>]

Revokes the API token with this id (printed by token create): it signs nothing in from now on.
${DATABASE_USAGE}`;

const MAX_LABEL_LENGTH = 200;

/** `limber token create` with its streams (tests pass their own). */
export async function runTokenCreate(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
	const args = parseCliArgs(argv, {
		role: { type: 'string' },
		localities: { type: 'string' },
		label: { type: 'string' },
		...DATABASE_OPTIONS
	});
	const usageError = (message: string) => {
		io.stderr.write(`limber token create: ${message}\n\n${CREATE_USAGE}\n`);
		return EXIT_USAGE;
	};
	if (!args.ok) return usageError(args.message);
	if (args.positionals.length > 0) return usageError('give the label with --label.');
	const label = (args.values.label ?? '').trim();
	if (label.length > MAX_LABEL_LENGTH) {
		return usageError(`the label is longer than ${MAX_LABEL_LENGTH} characters.`);
	}
	const scope = parseAccessScope({
		role: args.values.role,
		localities: args.values.localities,
		knownLocalities: knownLocalities()
	});
	if (!scope.ok) return usageError(scope.message);
	return withCliDatabase(
		{ io, dataDir: args.values['data-dir'], command: 'token create' },
		async (database) => {
			const made = await createApiToken(database.db, {
				scope: scope.scope,
				label,
				now: new Date()
			});
			const sees =
				scope.scope.localities.length === 0
					? 'every locality'
					: `localities ${scope.scope.localities.join(', ')}`;
			io.stderr.write(
				`Made ${scope.scope.role} API token ${made.id} (sees ${sees}). It is shown once, below: ` +
					`store it in the BI tool now. Revoke it with: limber token revoke ${made.id}\n`
			);
			io.stdout.write(`${made.token}\n`);
			return EXIT_OK;
		}
	);
}

/** `limber token revoke` with its streams (tests pass their own). */
export async function runTokenRevoke(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
	const args = parseCliArgs(argv, DATABASE_OPTIONS);
	const id = args.ok && args.positionals.length === 1 ? args.positionals[0] : undefined;
	if (!args.ok || id === undefined) {
		io.stderr.write(
			`limber token revoke: ${args.ok ? 'give one token id.' : args.message}\n\n${REVOKE_USAGE}\n`
		);
		return EXIT_USAGE;
	}
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
		io.stderr.write(
			`limber token revoke: "${id}" is not a token id (token create prints it, a UUID).\n`
		);
		return EXIT_USAGE;
	}
	return withCliDatabase(
		{ io, dataDir: args.values['data-dir'], command: 'token revoke' },
		async (database) => {
			if (!(await revokeApiToken(database.db, id))) {
				io.stderr.write(`limber token revoke: there is no API token ${id}.\n`);
				return EXIT_FINDINGS;
			}
			io.stdout.write(`Revoked API token ${id}.\n`);
			return EXIT_OK;
		}
	);
}

/** `limber token create`. */
export const tokenCreateCommand: CliCommand = {
	name: 'token create',
	summary: 'Make an API token for a BI tool (printed once, stored hashed).',
	usage: CREATE_USAGE,
	run: (argv) => runTokenCreate(argv)
};

/** `limber token revoke`. */
export const tokenRevokeCommand: CliCommand = {
	name: 'token revoke',
	summary: 'Revoke an API token by id.',
	usage: REVOKE_USAGE,
	run: (argv) => runTokenRevoke(argv)
};
