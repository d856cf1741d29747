/**
 * The pathways shipped in pathways/conditions, parsed and compiled for tests. A file that does
 * not parse fails the test run loudly rather than being skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileValidPathway, type CompiledPathway } from '../../../src/lib/pathway/compile.js';
import { PathwaySchema } from '../../../src/lib/pathway/schema/pathway-schema.js';

export const PATHWAYS_DIR = join(import.meta.dirname, '../../../pathways');

/** Paths of every shipped pathway file. */
export function listShippedPathwayFiles(): string[] {
	const dir = join(PATHWAYS_DIR, 'conditions');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.pathway.json'))
		.sort()
		.map((name) => join(dir, name));
}

/** Every shipped pathway, compiled. */
export function loadShippedPathways(): CompiledPathway[] {
	return listShippedPathwayFiles().map((file) => {
		const parsed = PathwaySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
		if (!parsed.success) throw new Error(`${file} is not a valid pathway: ${parsed.error.message}`);
		return compileValidPathway(parsed.data);
	});
}
