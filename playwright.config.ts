import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_ACCOUNTS, userAddCommand } from './tests/e2e/support/commissioner.js';
import { findChromium } from './tests/setup/chromium.js';

/** Not 3000, so the tests never talk to a `npm start` left running; override with LIMBER_E2E_PORT. */
const PORT = process.env.LIMBER_E2E_PORT ?? '4173';
const BASE_URL = `http://127.0.0.1:${PORT}`;
/** Where the build goes; set LIMBER_BUILD_OUT (and LIMBER_KIT_DIR) to run suites side by side. */
const BUILD_OUT = process.env.LIMBER_BUILD_OUT ?? 'build';

// A fresh, empty data folder per run so no test sees an earlier run's database. Kept in the
// environment because Playwright re-reads this file in every worker; deleted when the run (the
// process that made it, after the web server has stopped) exits.
if (!process.env.LIMBER_E2E_DATA_DIR) {
	const dataDir = mkdtempSync(join(tmpdir(), 'limber-e2e-'));
	process.env.LIMBER_E2E_DATA_DIR = dataDir;
	process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// One server and one database: two workers keep runs short without tests racing on shared data.
	workers: 2,
	fullyParallel: false,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: BASE_URL,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: findChromium(),
					// Quiet, sandbox-free Chromium: CI runs as root in a container, and the tests must
					// not depend on (or wait for) Google's background services.
					args: [
						'--no-sandbox',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-quic'
					]
				}
			}
		}
	],
	webServer: {
		// The production build, as patients get it, not the dev server; the commissioner test
		// accounts are added to the fresh data folder before the server takes it.
		command: [
			'npm run build',
			...TEST_ACCOUNTS.map(userAddCommand),
			`node ${BUILD_OUT}/index.js`
		].join(' && '),
		url: BASE_URL,
		// Loopback only: the test server must not be reachable from the network.
		env: {
			PORT,
			HOST: '127.0.0.1',
			// adapter-node assumes https unless told: without this, SvelteKit's CSRF check refuses
			// the sign-in form's POST (its Origin is http://127.0.0.1:PORT).
			ORIGIN: BASE_URL,
			LIMBER_DATA_DIR: process.env.LIMBER_E2E_DATA_DIR,
			LIMBER_BUILD_OUT: BUILD_OUT
		},
		reuseExistingServer: false,
		// Generous: the build shares a busy machine, and the test accounts are added after it.
		timeout: 360_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
