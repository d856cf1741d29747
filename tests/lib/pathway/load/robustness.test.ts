import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPathway } from '../../../../src/lib/pathway/load/load-pathway.js';
import { lintPathway } from '../../../../src/lib/pathway/lint/lint-pathway.js';
import {
	FIXTURE_FILE,
	TODAY,
	readFixture,
	readFixtureLocalities,
	remove,
	set,
	toJsonText,
	type JsonValue
} from '../../../fixtures/pathway-fixture.js';

/** Every path into a JSON value, parents before children. */
function listPaths(value: JsonValue, prefix: (string | number)[] = []): (string | number)[][] {
	const paths: (string | number)[][] = [prefix];
	if (Array.isArray(value))
		value.forEach((child, index) => paths.push(...listPaths(child, [...prefix, index])));
	else if (typeof value === 'object' && value !== null) {
		for (const [key, child] of Object.entries(value))
			paths.push(...listPaths(child, [...prefix, key]));
	}
	return paths;
}

const FIXTURE = readFixture();
const PATHS = listPaths(FIXTURE).filter((path) => path.length > 0);
/** Every string and number in the fixture: swapping one for another keeps most edits schema-valid. */
const VALUES = [
	...new Set(
		PATHS.map((path) =>
			path.reduce<JsonValue | undefined>(
				(value, key) => (value as Record<string, JsonValue>)?.[key],
				FIXTURE
			)
		).filter(
			(value): value is string | number => typeof value === 'string' || typeof value === 'number'
		)
	)
];
const LOCALITIES = readFixtureLocalities();

describe('loading and linting any edit of a pathway', () => {
	it('never throws, and every diagnostic is placed inside the file with a message', () => {
		const edit = fc.oneof(
			fc.record({
				kind: fc.constant('set' as const),
				path: fc.constantFrom(...PATHS),
				value: fc.jsonValue({ maxDepth: 2 })
			}),
			fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...PATHS) }),
			fc.record({
				kind: fc.constant('set' as const),
				path: fc.constantFrom(...PATHS),
				value: fc.constantFrom(...VALUES)
			})
		);
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
				const data = readFixture();
				for (const change of edits) {
					try {
						(change.kind === 'set'
							? set(change.path, change.value as JsonValue)
							: remove(change.path))(data);
					} catch {
						// An earlier edit removed this path's parent: skip it.
					}
				}
				const text = toJsonText(data);
				const lines = text.split('\n');
				const result = loadPathway({ file: FIXTURE_FILE, text });
				const diagnostics = result.ok
					? lintPathway({
							pathway: result.value,
							file: FIXTURE_FILE,
							locate: result.locate,
							localities: LOCALITIES,
							today: TODAY
						})
					: result.diagnostics;
				for (const diagnostic of diagnostics) {
					expect(diagnostic.message.length).toBeGreaterThan(10);
					expect(diagnostic.line).toBeGreaterThanOrEqual(1);
					expect(diagnostic.line).toBeLessThanOrEqual(lines.length);
					expect(diagnostic.col).toBeLessThanOrEqual((lines[diagnostic.line - 1]?.length ?? 0) + 1);
				}
				if (!result.ok) expect(diagnostics.length).toBeGreaterThan(0);
			}),
			{ numRuns: 400 }
		);
	});
});
