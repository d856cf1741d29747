/** The shape of one `limber` command, as listed in the command table in `main.ts`. */

/** A command: its words, one-line summary, usage text and what it does. */
export interface CliCommand {
	/** The words that select it: `pathway lint`, `serve`. */
	readonly name: string;
	/** One line for the command list. */
	readonly summary: string;
	/** Full usage, shown by `limber help` and `limber <command> --help`. */
	readonly usage: string;
	/** Runs the command with the arguments after its name; resolves to the exit code. */
	run(argv: string[]): Promise<number>;
}

/** Exit codes: 0 success, 1 findings (errors in the files checked), 2 wrong usage. */
export const EXIT_OK = 0;
/** The files checked have errors. */
export const EXIT_FINDINGS = 1;
/** The command line was wrong (unknown command or option, bad value). */
export const EXIT_USAGE = 2;
