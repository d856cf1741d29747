import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { patientPrecache } from './src/cli/build/patient-precache.js';
import { limberPathways } from './src/cli/build/vite-plugin.js';

export default defineConfig({
	plugins: [
		tailwindcss(),
		// Validates and lints pathways/** at build time (errors fail the build with file:line:col)
		// and emits the pre-validated bundle the patient routes load instead of the full Zod
		// schema (architecture.md, decision 9).
		// Vitest does not need it: tests load pathways themselves, and a content error must fail
		// its own tests rather than stop every unrelated test from starting.
		...(process.env['VITEST'] === undefined ? [limberPathways()] : []),
		// Tells the service worker which built files patient routes need (decision 10), so the
		// studio and commissioner code are never precached on a patient's phone.
		patientPrecache(),
		sveltekit()
	],
	test: {
		include: ['tests/**/*.test.ts'],
		// End-to-end specs run in Chromium through Playwright (`npm run test:e2e`), not Vitest.
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node',
		// A PostgreSQL server for the server tests, unless .ci/run already started one.
		globalSetup: ['tests/setup/vitest-global.ts'],
		// Generous because some tests start PGlite or lint with type information; a real hang
		// still fails well within the CI budget.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
