/**
 * `limber seed`: fill the server database (PostgreSQL when DATABASE_URL is set, else PGlite in
 * the data folder) with realistic synthetic outcome records for demos and benchmarks, through
 * the ingest code path, then refresh the rollups.
 *
 * A PGlite data folder opens in one process at a time: while the server runs on it, seeding is
 * refused with the lock's message and the folder is left untouched.
 */
import { openDatabase } from '../../lib/server/db/connection.js';
import { seedDatabase } from '../../lib/server/seed/seed-database.js';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../command.js';
import { parseCliArgs } from '../parse-cli-args.js';

const USAGE = `Usage: limber seed --records <n> [--seed <s>] [--end-month <YYYY-MM>] [--data-dir <dir>]

Stores <n> synthetic outcome records (varied localities, pathways, demographics, recovery
curves and escalations over 24 months) and refreshes the rollups. Uses PostgreSQL when
DATABASE_URL is set, otherwise PGlite in the data folder (refused while a server holds it).
  --records <n>          how many records (1 to 10,000,000)
  --seed <s>             an integer; the same seed makes the same records (default: 1)
  --end-month <YYYY-MM>  the latest month enrolled (default: this month)
  --data-dir <dir>       PGlite data folder (default: $LIMBER_DATA_DIR or ./data)`;

/** The database could not be opened or the records could not be stored. */
const EXIT_FAILED = 1;

const MAX_RECORDS = 10_000_000;

/** `limber seed`. */
export const seedCommand: CliCommand = {
	name: 'seed',
	summary: 'Fill the database with synthetic outcome records (demos, benchmarks).',
	usage: USAGE,
	async run(argv) {
		const options = parseSeedArgs(argv);
		if (!options.ok) {
			process.stderr.write(`${options.message}\n\n${USAGE}\n`);
			return EXIT_USAGE;
		}
		const { records, seed, endMonth, dataDir } = options;
		const databaseUrl = process.env['DATABASE_URL'];
		const usePostgres = databaseUrl !== undefined && databaseUrl !== '';
		const where = usePostgres ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`;

		let opened;
		try {
			opened = await openDatabase({ databaseUrl, dataDir, purpose: 'limber seed' });
		} catch (error) {
			// The connection string can hold a password: name the variable, never print it.
			process.stderr.write(`Could not open ${where}: ${messageOf(error)}\n`);
			return EXIT_FAILED;
		}
		if (!opened.ok) {
			process.stderr.write(`Not seeding: ${opened.message}\n`);
			return EXIT_FAILED;
		}
		const { database } = opened;
		process.stderr.write(
			`Seeding ${records.toLocaleString('en-GB')} records (seed ${seed}, ending ${endMonth}) into ${where}\n`
		);
		let reported = 0;
		try {
			const result = await seedDatabase(database, {
				records,
				seed,
				endMonth,
				onProgress(done, total) {
					// About ten progress lines whatever the size.
					if (done < total && done - reported < total / 10) return;
					reported = done;
					process.stderr.write(
						`  ${done.toLocaleString('en-GB')} / ${total.toLocaleString('en-GB')}\n`
					);
				}
			});
			const rate = Math.round(records / Math.max(result.insertSeconds, 1e-6));
			process.stdout.write(
				[
					`Stored ${result.accepted.toLocaleString('en-GB')} records` +
						(result.unchanged > 0
							? ` (${result.unchanged.toLocaleString('en-GB')} were already stored)`
							: ''),
					`  insert: ${result.insertSeconds.toFixed(1)} s (${rate.toLocaleString('en-GB')} records/s)`,
					`  rollup refresh: ${result.refreshSeconds.toFixed(1)} s`
				].join('\n') + '\n'
			);
			return EXIT_OK;
		} catch (error) {
			process.stderr.write(`Seeding failed: ${messageOf(error)}\n`);
			return EXIT_FAILED;
		} finally {
			await database.close();
		}
	}
};

type SeedArgs =
	| { ok: true; records: number; seed: number; endMonth: string; dataDir: string }
	| { ok: false; message: string };

/** Parses and checks the arguments; defaults come from the environment and the clock. */
function parseSeedArgs(argv: string[]): SeedArgs {
	const args = parseCliArgs(argv, {
		records: { type: 'string' },
		seed: { type: 'string' },
		'end-month': { type: 'string' },
		'data-dir': { type: 'string' }
	});
	if (!args.ok) return args;
	if (args.positionals.length > 0) {
		return { ok: false, message: `seed takes no paths (got "${args.positionals.join(' ')}").` };
	}
	const { values } = args;
	if (values.records === undefined) return { ok: false, message: '--records is required.' };
	const records = integerFrom(values.records);
	if (records === undefined || records < 1 || records > MAX_RECORDS) {
		return {
			ok: false,
			message: `--records must be a whole number from 1 to ${MAX_RECORDS.toLocaleString('en-GB')}, not "${values.records}".`
		};
	}
	const seed = integerFrom(values.seed ?? '1');
	if (seed === undefined || Math.abs(seed) > 2 ** 31) {
		return { ok: false, message: `--seed must be a 32-bit integer, not "${values.seed}".` };
	}
	const now = new Date();
	const endMonth =
		values['end-month'] ??
		`${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
	if (!/^20\d\d-(0[1-9]|1[0-2])$/.test(endMonth)) {
		return { ok: false, message: `--end-month must be YYYY-MM, not "${endMonth}".` };
	}
	const dataDir = values['data-dir'] ?? process.env['LIMBER_DATA_DIR'] ?? './data';
	return { ok: true, records, seed, endMonth, dataDir };
}

function integerFrom(text: string): number | undefined {
	const cleaned = text.replaceAll('_', '');
	return /^-?\d+$/.test(cleaned) ? Number(cleaned) : undefined;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
