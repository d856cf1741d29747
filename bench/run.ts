/**
 * `npm run bench [-- <part>...]`: runs the benchmarks and writes their results to
 * bench/results/<part>.json. Parts: engine, patient, lighthouse, server. Exits 1 when a target
 * is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEngineBench } from './engine.js';
import { runPatientBench } from './patient.js';
import { runLighthouseBench } from './patient/lighthouse.js';
import { runServerBench } from './server.js';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'bench/results');

const parts: Record<string, () => Promise<{ passed: boolean }> | { passed: boolean }> = {
	engine: () => runEngineBench(root),
	patient: () => runPatientBench(root),
	lighthouse: () => runLighthouseBench(root),
	server: () => runServerBench(root)
};

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const selected = requested.length > 0 ? requested : Object.keys(parts);
let failed = false;
mkdirSync(resultsDir, { recursive: true });
for (const name of selected) {
	const run = parts[name];
	if (run === undefined) {
		console.error(`Unknown benchmark "${name}". Known: ${Object.keys(parts).join(', ')}.`);
		process.exit(2);
	}
	const result = { measuredAt: new Date().toISOString(), node: process.version, ...(await run()) };
	writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, '\t')}\n`);
	console.log(`${name}: ${result.passed ? 'targets met' : 'TARGET MISSED'}`);
	console.log(JSON.stringify(result, null, 2));
	failed ||= !result.passed;
}
process.exit(failed ? 1 : 0);
