/**
 * Turning Zod issues into diagnostics a clinician can act on. Zod's own messages are written for
 * programmers ("Invalid input"), and a union that fails reports every branch's failures at once.
 * Here each issue says what is wrong and how to fix it, unknown keys and values get a "did you
 * mean", and a failed union reports only the branch the author evidently meant.
 */
import type { z } from 'zod';
import { MEASURE_CODES, RED_FLAG_CODES } from '../../shared/vocabulary.js';
import { ItemCodeSchema } from '../schema/common-schema.js';
import { CONDITION_KINDS } from '../schema/condition-schema.js';
import {
	createDiagnostic,
	type Diagnostic,
	type DiagnosticSink,
	type PathSegment
} from './diagnostic.js';
import {
	describeExpectedType,
	describeObjectAt,
	describeValue,
	isConditionPath
} from './describe.js';
import {
	allowedKeysAt,
	describeAt,
	hasPath,
	schemaAtPath,
	unwrapSchema,
	valueAtPath
} from './schema-walk.js';
import { didYouMean, listValues, quote } from './suggest.js';

type Issue = z.core.$ZodIssue;

/** A finding before it is placed in the file. */
interface Finding {
	readonly path: PathSegment[];
	readonly message: string;
	readonly at: 'key' | 'value';
}

/** What the conversion needs to know about the document. */
export interface ZodDiagnosticsInput {
	readonly issues: readonly Issue[];
	/** The schema the data was checked against (used to find descriptions and allowed keys). */
	readonly schema: z.core.$ZodType;
	/** The data that was checked. */
	readonly data: unknown;
	readonly sink: DiagnosticSink;
}

/** Converts Zod issues into `schema` diagnostics, one per distinct problem. */
export function describeZodIssues(input: ZodDiagnosticsInput): Diagnostic[] {
	const context: Context = { schema: input.schema, data: input.data };
	const findings = input.issues.flatMap((issue) => explainIssue(issue, [], context));
	const seen = new Set<string>();
	const diagnostics: Diagnostic[] = [];
	for (const finding of findings) {
		const key = `${finding.path.join('.')}\u0000${finding.message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		diagnostics.push(
			createDiagnostic(input.sink, {
				path: finding.path,
				rule: 'schema',
				severity: 'error',
				message: finding.message,
				at: finding.at
			})
		);
	}
	return diagnostics;
}

interface Context {
	readonly schema: z.core.$ZodType;
	readonly data: unknown;
}

const ALL_ITEM_CODES = [...RED_FLAG_CODES, ...MEASURE_CODES];

/** The issue's path made absolute: union branches report paths relative to the union. */
function absolutePath(base: readonly PathSegment[], issue: Issue): PathSegment[] {
	return [
		...base,
		...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))
	];
}

function lastKey(path: readonly PathSegment[]): string | undefined {
	for (let index = path.length - 1; index >= 0; index--) {
		const segment = path[index];
		if (typeof segment === 'string') return segment;
	}
	return undefined;
}

/** A short hint from the schema's description, as a trailing sentence. */
function hint(context: Context, path: readonly PathSegment[]): string {
	const description = describeAt(context.schema, path, context.data);
	return description === undefined ? '' : ` (${description.replace(/\.$/, '')}.)`;
}

function explainIssue(issue: Issue, base: readonly PathSegment[], context: Context): Finding[] {
	const path = absolutePath(base, issue);
	if (issue.code !== 'unrecognized_keys' && path.length > 0 && !hasPath(context.data, path)) {
		// A discriminated union reports a missing discriminator at the discriminator's path too.
		return [explainMissingKey(path, context)];
	}
	switch (issue.code) {
		case 'invalid_union':
			return explainUnion(issue, path, context);
		case 'unrecognized_keys':
			return issue.keys.map((key) => explainUnknownKey(path, key, context));
		case 'invalid_type':
			return [
				{
					path,
					at: 'value',
					message: `Expected ${describeExpectedType(issue.expected)} here, but found ${describeValue(valueAtPath(context.data, path))}.${hint(context, path)}`
				}
			];
		case 'invalid_value':
			return [explainInvalidValue(issue.values, path, context)];
		case 'too_small':
			return [{ path, at: 'value', message: explainSize(issue, 'small', path, context) }];
		case 'too_big':
			return [{ path, at: 'value', message: explainSize(issue, 'big', path, context) }];
		case 'invalid_format':
			return [{ path, at: 'value', message: explainFormat(issue, path, context) }];
		case 'invalid_key': {
			const inner = issue.issues[0]?.message ?? 'This key is not allowed here.';
			return [
				{ path, at: 'key', message: `The key ${quote(lastKey(path) ?? '')} is not valid: ${inner}` }
			];
		}
		case 'not_multiple_of':
			return [
				{
					path,
					at: 'value',
					message: `${describeValue(valueAtPath(context.data, path))} must be a multiple of ${issue.divisor}.`
				}
			];
		case 'invalid_element':
			return issue.issues.flatMap((inner) => explainIssue(inner, path, context));
		case 'custom':
			return [{ path, at: 'value', message: explainCustom(issue.message, path, context) }];
	}
}

function explainMissingKey(path: PathSegment[], context: Context): Finding {
	const key = String(path[path.length - 1]);
	const parent = path.slice(0, -1);
	const description = describeAt(context.schema, path, context.data);
	const what = description === undefined ? '' : ` ${description.replace(/\.$/, '')}.`;
	return {
		path: parent,
		at: 'value',
		message: `Missing required key ${quote(key)} in ${describeObjectAt(context.data, parent)}.${what} Add ${quote(key)} to it.`
	};
}

function explainUnknownKey(path: PathSegment[], key: string, context: Context): Finding {
	const allowed = allowedKeysAt(context.schema, path, context.data)?.filter(
		(name) => name !== '$schema'
	);
	const allowedText =
		allowed === undefined
			? ''
			: ` Keys allowed in ${describeObjectAt(context.data, path)}: ${listValues(allowed, 30)}.`;
	return {
		path: [...path, key],
		at: 'key',
		message: `Unknown key ${quote(key)}.${didYouMean(key, allowed ?? [])}${allowedText}`
	};
}

function explainInvalidValue(
	values: readonly unknown[],
	path: PathSegment[],
	context: Context
): Finding {
	const found = valueAtPath(context.data, path);
	if (values.length === 1) {
		return {
			path,
			at: 'value',
			message: `Expected ${quote(values[0])} here, but found ${describeValue(found)}.${hint(context, path)}`
		};
	}
	const key = lastKey(path);
	const suggestion =
		typeof found === 'string'
			? didYouMean(
					found,
					values.filter((value) => typeof value === 'string')
				)
			: '';
	return {
		path,
		at: 'value',
		message: `${describeValue(found)} is not an allowed value${key === undefined ? '' : ` for ${quote(key)}`}.${suggestion} Use one of: ${listValues(values, 30)}.`
	};
}

function explainSize(
	issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
	direction: 'small' | 'big',
	path: PathSegment[],
	context: Context
): string {
	const limit = Number(
		direction === 'small'
			? (issue as { minimum: number | bigint }).minimum
			: (issue as { maximum: number | bigint }).maximum
	);
	const value = valueAtPath(context.data, path);
	const inclusive = issue.inclusive !== false;
	if (issue.origin === 'array') {
		if (direction === 'small' && limit === 1) {
			return `This list cannot be empty: add at least one entry.${hint(context, path)}`;
		}
		const count = Array.isArray(value) ? value.length : 0;
		return direction === 'small'
			? `This list needs at least ${limit} entries, but has ${count}.${hint(context, path)}`
			: `This list can have at most ${limit} entries, but has ${count}.${hint(context, path)}`;
	}
	if (issue.origin === 'string') {
		if (direction === 'small' && limit === 1)
			return `This text cannot be empty.${hint(context, path)}`;
		return direction === 'small'
			? `This text must be at least ${limit} characters long.`
			: `This text must be at most ${limit} characters long.`;
	}
	const shown = describeValue(value);
	if (direction === 'small') {
		return inclusive
			? `${shown} is too small: the lowest allowed value is ${limit}.${hint(context, path)}`
			: `${shown} is too small: it must be more than ${limit}.${hint(context, path)}`;
	}
	return inclusive
		? `${shown} is too big: the highest allowed value is ${limit}.${hint(context, path)}`
		: `${shown} is too big: it must be less than ${limit}.${hint(context, path)}`;
}

function explainFormat(
	issue: Extract<Issue, { code: 'invalid_format' }>,
	path: PathSegment[],
	context: Context
): string {
	const found = describeValue(valueAtPath(context.data, path));
	if (issue.format === 'url') {
		return `${found} is not a web address. Write it in full, starting with https://.`;
	}
	// Our schemas give their own advice ("Use a date like ..."); Zod's defaults start "Invalid".
	const advice = issue.message.startsWith('Invalid')
		? `It must match the pattern ${issue.pattern ?? issue.format}.`
		: issue.message;
	return `${found} is not valid here. ${advice}`;
}

function explainCustom(message: string, path: PathSegment[], context: Context): string {
	const schema = schemaAtPath(context.schema, path, context.data);
	const found = valueAtPath(context.data, path);
	if (
		schema !== undefined &&
		unwrapSchema(schema) === ItemCodeSchema &&
		typeof found === 'string'
	) {
		return `Unknown code ${quote(found)}.${didYouMean(found, ALL_ITEM_CODES)} ${message.replace(/^Unknown code\.\s*/, '')}`;
	}
	return message;
}

/** How far a union branch's failures are from the data's shape: 0 means only deeper problems. */
function branchMismatch(
	branch: readonly Issue[],
	unionPath: readonly PathSegment[],
	data: unknown
): number {
	let mismatch = 0;
	for (const issue of branch) {
		const relative = issue.path;
		if (relative.length === 0) {
			if (issue.code === 'unrecognized_keys') mismatch += issue.keys.length;
			else if (issue.code === 'invalid_union') mismatch += 0;
			else mismatch += 100;
		} else if (relative.length === 1 && !hasPath(data, absolutePath(unionPath, issue))) {
			mismatch += 1;
		}
	}
	return mismatch;
}

function explainUnion(
	issue: Extract<Issue, { code: 'invalid_union' }>,
	path: PathSegment[],
	context: Context
): Finding[] {
	if (issue.errors.length === 0 && issue.discriminator === undefined) {
		return [
			{ path, at: 'value', message: `This value matches more than one form: ${issue.message}` }
		];
	}
	if (issue.errors.length === 0) {
		// A discriminated union whose discriminator ("type", "kind") has an unknown value.
		const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
		const found = valueAtPath(context.data, path);
		const key = lastKey(path) ?? 'value';
		const suggestion =
			typeof found === 'string'
				? didYouMean(
						found,
						options.filter((option) => typeof option === 'string')
					)
				: '';
		return [
			{
				path,
				at: 'value',
				message: `${describeValue(found)} is not a known ${quote(key)}.${suggestion} Use one of: ${listValues(options, 30)}.`
			}
		];
	}
	const branches = issue.errors.map((branch) => ({
		issues: branch,
		mismatch: branchMismatch(branch, path, context.data)
	}));
	const least = Math.min(...branches.map((branch) => branch.mismatch));
	const closest = branches.filter((branch) => branch.mismatch === least);
	if (least < 100 && (closest.length === 1 || least === 0)) {
		const best = closest.reduce((a, b) => (b.issues.length < a.issues.length ? b : a));
		return best.issues.flatMap((inner) => explainIssue(inner, path, context));
	}
	const data = valueAtPath(context.data, path);
	if (least < 100 && typeof data === 'object' && data !== null && !Array.isArray(data)) {
		return explainAmbiguousObject(
			branches.map((branch) => branch.issues),
			path,
			data,
			context
		);
	}
	const expected = branches.flatMap((branch) =>
		branch.issues
			.filter((inner) => inner.path.length === 0)
			.map((inner) =>
				inner.code === 'invalid_type'
					? describeExpectedType(inner.expected)
					: inner.code === 'invalid_value'
						? listValues(inner.values)
						: undefined
			)
			.filter((text): text is string => text !== undefined)
	);
	const unique = [...new Set(expected)];
	return [
		{
			path,
			at: 'value',
			message: `Expected ${unique.join(' or ')} here, but found ${describeValue(data)}.${hint(context, path)}`
		}
	];
}

/**
 * A union of objects told apart by which key they have (conditions, scenario steps) when no
 * branch fits: name the unknown key, or say that two alternatives were mixed in one object.
 */
function explainAmbiguousObject(
	branches: readonly (readonly Issue[])[],
	path: PathSegment[],
	data: object,
	context: Context
): Finding[] {
	const wanted = new Set<string>();
	const unknownInEvery: Set<string>[] = [];
	for (const branch of branches) {
		const unknown = new Set<string>();
		for (const inner of branch) {
			if (inner.path.length === 1 && !hasPath(context.data, absolutePath(path, inner))) {
				wanted.add(String(inner.path[0]));
			}
			if (inner.path.length === 0 && inner.code === 'unrecognized_keys') {
				for (const key of inner.keys) unknown.add(key);
			}
		}
		unknownInEvery.push(unknown);
	}
	const keys = Object.keys(data);
	const unknown = keys.filter((key) => unknownInEvery.every((set) => set.has(key)));
	const isCondition = isConditionPath(path);
	const choices = isCondition ? [...CONDITION_KINDS] : [...wanted];
	const thing = isCondition ? 'A condition' : `${capitalise(describeObjectAt(context.data, path))}`;
	const combine = isCondition
		? ' To combine conditions, put them in a list under "all" (every one must hold) or "any" (at least one must hold).'
		: '';
	if (unknown.length > 0) {
		return unknown.map((key) => ({
			path: [...path, key],
			at: 'key',
			message: `Unknown key ${quote(key)}.${didYouMean(key, choices)} ${thing} has exactly one of these keys: ${listValues(choices, 30)}.`
		}));
	}
	const present = keys.filter((key) => wanted.has(key) || choices.includes(key));
	if (present.length === 0) {
		return [
			{
				path,
				at: 'value',
				message: `${capitalise(describeObjectAt(context.data, path))} is empty. ${thing} has exactly one of these keys: ${listValues(choices, 30)}.`
			}
		];
	}
	return [
		{
			path,
			at: 'value',
			message: `${thing} has exactly one of these keys, but this one has ${listValues(present)}. Keep one.${combine}`
		}
	];
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
