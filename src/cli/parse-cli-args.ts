/**
 * Parsing a command's arguments with `node:util` parseArgs, turning its exceptions for unknown or
 * malformed options into a value the command reports as a usage error (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments, or the message to show when they are wrong. */
export type ParsedCliArgs<T extends Options> =
	| {
			ok: true;
			values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>>['values'];
			positionals: string[];
	  }
	| { ok: false; message: string };

/** Parses `argv` against `options`; positionals are allowed. */
export function parseCliArgs<T extends Options>(argv: string[], options: T): ParsedCliArgs<T> {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			options,
			allowPositionals: true,
			strict: true
		});
		return { ok: true, values, positionals };
	} catch (error) {
		// parseArgs reports wrong usage by throwing; that is an expected failure here.
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}
