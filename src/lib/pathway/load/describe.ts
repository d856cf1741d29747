/**
 * Plain-English names for JSON values, types and the parts of a pathway file, so messages can
 * say "safety-net rule "ces-bladder"" rather than "safetyNet[3]".
 */
import type { DocumentPath } from './diagnostic.js';
import { valueAtPath } from './schema-walk.js';

/** How a value looks in the file, for "but found ..." phrases. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return JSON.stringify(value);
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
		return String(value);
	}
	return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'text in double quotes',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list [...]',
	object: 'an object {...}',
	record: 'an object {...}',
	null: 'null',
	undefined: 'nothing'
};

/** What a Zod `expected` type means to an author: `int` is "a whole number". */
export function describeExpectedType(expected: string): string {
	return TYPE_NAMES[expected] ?? expected;
}

/** What the entries of a list in the file are called. */
const ENTRY_NAMES: Record<string, string> = {
	stages: 'stage',
	safetyNet: 'safety-net rule',
	questionnaires: 'questionnaire',
	items: 'item',
	transitions: 'transition',
	options: 'option',
	scores: 'score',
	bands: 'band',
	advice: 'advice card',
	exercises: 'exercise',
	schedule: 'schedule entry',
	migrations: 'migration',
	steps: 'step',
	expect: 'expectation',
	references: 'reference',
	actions: 'action',
	enableWhen: 'enableWhen entry',
	adapt: 'adaptation'
};

const CONDITION_KEYS = new Set(['when', 'all', 'any', 'not']);

/** True when the value at `path` is a condition (under `when`, `all`, `any` or `not`). */
export function isConditionPath(path: DocumentPath): boolean {
	const keys = path.filter((segment): segment is string => typeof segment === 'string');
	return CONDITION_KEYS.has(keys[keys.length - 1] ?? '');
}

/**
 * Names the object at `path` for a message: `safety-net rule "ces-bladder"`, `stage "settling"`,
 * `condition`, `item "pain"`. Falls back to "this object".
 */
export function describeObjectAt(data: unknown, path: DocumentPath): string {
	if (path.length === 0) return 'the top level of the file';
	if (isConditionPath(path)) return 'this condition';
	const last = path[path.length - 1];
	const container = path[path.length - 2];
	if (typeof last === 'number' && typeof container === 'string') {
		const entry = ENTRY_NAMES[container];
		if (entry !== undefined) {
			const value = valueAtPath(data, path);
			const named =
				typeof value === 'object' && value !== null && !Array.isArray(value)
					? ((value as Record<string, unknown>).id ?? (value as Record<string, unknown>).linkId)
					: undefined;
			return typeof named === 'string' ? `${entry} "${named}"` : `${entry} ${last + 1}`;
		}
	}
	if (typeof last === 'string') return `"${last}"`;
	return 'this object';
}
