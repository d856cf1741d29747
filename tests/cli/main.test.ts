import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../src/cli/main.js';
import { runCli } from './run-cli.js';

describe('limber', () => {
	it('prints the usage of every command for help', async () => {
		const run = await runCli(['help']);
		expect(run.code).toBe(0);
		for (const name of ['pathway check', 'pathway lint', 'schema write', 'serve']) {
			expect(run.stdout).toContain(`Usage: limber ${name}`);
		}
		expect((await runCli(['--help'])).stdout).toBe(run.stdout);
	});

	it('prints usage on stderr and exits 2 for an unknown command', async () => {
		const run = await runCli(['pathway', 'chek']);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('Unknown command: pathway chek');
		expect(run.stderr).toContain('Usage: limber <command> [options]');
	});

	it("prints one command's usage with --help", async () => {
		const run = await runCli(['pathway', 'lint', '--help']);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Usage: limber pathway lint/);
		expect(run.stdout).toContain('red-flag-uncovered');
	});

	it('finds commands by their words in the command table', () => {
		expect(findCommand(['pathway', 'lint', 'a.json'])?.command.name).toBe('pathway lint');
		expect(findCommand(['pathway', 'lint', 'a.json'])?.rest).toEqual(['a.json']);
		expect(findCommand(['pathway'])).toBeUndefined();
		expect(new Set(COMMANDS.map((command) => command.name)).size).toBe(COMMANDS.length);
	});
});
