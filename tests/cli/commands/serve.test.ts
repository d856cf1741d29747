import { afterEach, describe, expect, it, vi } from 'vitest';
import { serve } from '../../../src/cli/commands/serve.js';

// Only the argument handling is tested here: these calls return before anything is built or
// started. The build-then-serve path is exercised by `npm start` and the e2e web server.
describe('limber serve', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		vi.unstubAllEnvs();
	});

	it('prints its usage for --help and exits 0', async () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		expect(await serve(['--help'])).toBe(0);
		expect(log).toHaveBeenCalledWith(expect.stringContaining('Usage: limber serve'));
	});

	it('rejects a port that is not a number with exit code 2', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await serve(['--port', 'eighty'])).toBe(2);
		expect(error).toHaveBeenCalledWith(expect.stringContaining('not "eighty"'));
	});

	it('rejects a bad $PORT the same way', async () => {
		vi.stubEnv('PORT', '70000');
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await serve([])).toBe(2);
		expect(error).toHaveBeenCalledWith(expect.stringContaining('not "70000"'));
	});

	it('rejects an unknown option with exit code 2', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(await serve(['--prot', '3000'])).toBe(2);
		expect(error).toHaveBeenCalledWith(expect.stringContaining('--prot'));
	});
});
