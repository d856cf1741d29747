/**
 * Reading a Zod schema alongside the data it checks, to word messages well: the description of a
 * missing key (its `.meta({ description })`), the keys an object allows (for "did you mean"), the
 * values an enum allows. Zod issues do not carry their schema, so we walk from the root schema
 * along the path, choosing union branches by the shape of the data.
 */
import { z } from 'zod';
import type { DocumentPath } from './diagnostic.js';

type Schema = z.core.$ZodType;

/** The fields of Zod definitions this module reads. */
interface SchemaDef {
	readonly type: string;
	readonly innerType?: Schema;
	readonly in?: Schema;
	readonly getter?: () => Schema;
	readonly shape?: Record<string, Schema>;
	readonly element?: Schema;
	readonly options?: readonly Schema[];
	readonly discriminator?: string;
	readonly keyType?: Schema;
	readonly valueType?: Schema;
	readonly entries?: Record<string, string | number>;
	readonly values?: readonly unknown[];
}

function defOf(schema: Schema): SchemaDef {
	return schema._zod.def;
}

/** The schemas wrapped inside each other: optional, default, lazy and pipe are looked through. */
function unwrapChain(schema: Schema): Schema[] {
	const chain = [schema];
	let current = schema;
	for (let depth = 0; depth < 20; depth++) {
		const def = defOf(current);
		const inner =
			def.type === 'lazy'
				? def.getter?.()
				: def.type === 'pipe'
					? def.in
					: [
								'optional',
								'nullable',
								'default',
								'prefault',
								'readonly',
								'catch',
								'nonoptional'
						  ].includes(def.type)
						? def.innerType
						: undefined;
		if (inner === undefined) break;
		chain.push(inner);
		current = inner;
	}
	return chain;
}

/** The innermost schema: what the value must actually be. */
export function unwrapSchema(schema: Schema): Schema {
	const chain = unwrapChain(schema);
	return chain[chain.length - 1]!;
}

/** The first description found on the schema or anything it wraps. */
export function describeSchema(schema: Schema): string | undefined {
	for (const link of unwrapChain(schema)) {
		const description = z.globalRegistry.get(link)?.description;
		if (description !== undefined) return description;
	}
	return undefined;
}

/** True when an object key with this schema may be left out. */
export function isOptionalSchema(schema: Schema): boolean {
	return schema._zod.optin === 'optional' || schema._zod.optin === 'defaulted';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The literal values a schema accepts, if it is a literal or an enum. */
export function literalValues(schema: Schema): unknown[] | undefined {
	const def = defOf(unwrapSchema(schema));
	if (def.type === 'literal') return [...(def.values ?? [])];
	if (def.type === 'enum') return Object.values(def.entries ?? {});
	return undefined;
}

/** How well a union option fits the data: higher is better. */
function fitScore(option: Schema, data: unknown): number {
	const def = defOf(unwrapSchema(option));
	if (isPlainObject(data)) {
		if (def.type === 'union')
			return Math.max(...(def.options ?? []).map((inner) => fitScore(inner, data)));
		if (def.type === 'record') return 0;
		if (def.type !== 'object' || def.shape === undefined) return -100;
		const shape = def.shape;
		let score = 0;
		for (const key of Object.keys(data)) score += Object.hasOwn(shape, key) ? 2 : -1;
		for (const [key, value] of Object.entries(shape)) {
			if (!Object.hasOwn(data, key) && !isOptionalSchema(value)) score -= 1;
			const literals = literalValues(value);
			if (literals !== undefined && Object.hasOwn(data, key)) {
				score += literals.includes(data[key]) ? 10 : -10;
			}
		}
		return score;
	}
	if (Array.isArray(data)) return def.type === 'array' ? 1 : -100;
	const literals = literalValues(option);
	if (literals !== undefined) return literals.includes(data) ? 2 : -1;
	return def.type === typeof data || (def.type === 'int' && typeof data === 'number') ? 1 : -100;
}

/** The union option the data most likely meant. */
export function pickUnionOption(options: readonly Schema[], data: unknown): Schema | undefined {
	let best: Schema | undefined;
	let bestScore = -Infinity;
	for (const option of options) {
		const score = fitScore(option, data);
		if (score > bestScore) {
			best = option;
			bestScore = score;
		}
	}
	return best;
}

/** The schema after unions are resolved against the data at that point. */
export function resolveSchema(schema: Schema, data: unknown): Schema {
	let current = unwrapSchema(schema);
	for (let depth = 0; depth < 10; depth++) {
		const def = defOf(current);
		if (def.type !== 'union' || def.options === undefined) return current;
		const picked = pickUnionOption(def.options, data);
		if (picked === undefined) return current;
		current = unwrapSchema(picked);
	}
	return current;
}

/** The child schema for one path step, or undefined when the schema has no such child. */
function childSchema(schema: Schema, data: unknown, segment: string | number): Schema | undefined {
	const def = defOf(resolveSchema(schema, data));
	if (def.type === 'object') return def.shape?.[String(segment)];
	if (def.type === 'array') return def.element;
	if (def.type === 'record') return def.valueType;
	return undefined;
}

/** The value at `path` inside `data`, or undefined. */
export function valueAtPath(data: unknown, path: DocumentPath): unknown {
	let current = data;
	for (const segment of path) {
		if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
		else if (isPlainObject(current)) current = current[String(segment)];
		else return undefined;
	}
	return current;
}

/** True when `path` exists in `data` (the last key is present, even if its value is null). */
export function hasPath(data: unknown, path: DocumentPath): boolean {
	if (path.length === 0) return true;
	const parent = valueAtPath(data, path.slice(0, -1));
	const last = path[path.length - 1]!;
	if (Array.isArray(parent)) return typeof last === 'number' && last < parent.length;
	return isPlainObject(parent) && Object.hasOwn(parent, String(last));
}

/** The schema that checks the value at `path`, or undefined when the path leaves the schema. */
export function schemaAtPath(root: Schema, path: DocumentPath, data: unknown): Schema | undefined {
	let schema: Schema | undefined = root;
	for (let index = 0; index < path.length && schema !== undefined; index++) {
		schema = childSchema(schema, valueAtPath(data, path.slice(0, index)), path[index]!);
	}
	return schema;
}

/** The keys the object at `path` may have, or undefined when it is not an object schema. */
export function allowedKeysAt(
	root: Schema,
	path: DocumentPath,
	data: unknown
): string[] | undefined {
	const schema = schemaAtPath(root, path, data);
	if (schema === undefined) return undefined;
	const def = defOf(resolveSchema(schema, valueAtPath(data, path)));
	if (def.type === 'object') return Object.keys(def.shape ?? {});
	if (def.type === 'record' && def.keyType !== undefined) {
		return literalValues(def.keyType)?.map(String);
	}
	return undefined;
}

/** The description of the key or value at `path`, if the schema has one. */
export function describeAt(root: Schema, path: DocumentPath, data: unknown): string | undefined {
	const schema = schemaAtPath(root, path, data);
	return schema === undefined ? undefined : describeSchema(schema);
}
