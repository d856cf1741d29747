import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		tailwindcss(),
		// PATHWAY BUNDLE PLUGIN GOES HERE, before sveltekit(), when the pathway build lands:
		//   import { limberPathways } from './src/lib/pathway/build/vite-plugin.js';
		//   limberPathways(),
		// (vite-plugin.ts, imported as .js like every relative import in the repo; Vite resolves it.)
		// It validates pathways/** at build time and emits the pre-validated bundle that the
		// patient routes load instead of the full Zod schema (architecture.md, decision 9).
		sveltekit()
	],
	test: {
		include: ['tests/**/*.test.ts'],
		// End-to-end specs run in Chromium through Playwright (`npm run test:e2e`), not Vitest.
		exclude: ['tests/e2e/**', 'node_modules/**'],
		environment: 'node',
		// Generous because some tests start PGlite or lint with type information; a real hang
		// still fails well within the CI budget.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
