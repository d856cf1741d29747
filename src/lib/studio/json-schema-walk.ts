/**
 * Reading the generated JSON Schema (pathways/schema/pathway.schema.json, written by
 * `npm run schemas` from the engine's Zod schema) the way the studio needs it: which schemas
 * apply at a path in the document, which property names and values may go there, what a
 * property means (its `description`), and the canonical order of an object's keys.
 */

/** A JSON Schema node (draft-07, as `z.toJSONSchema` writes it). */
export interface SchemaNode {
	readonly $ref?: string;
	readonly type?: string | readonly string[];
	readonly description?: string;
	readonly properties?: Readonly<Record<string, SchemaNode>>;
	readonly additionalProperties?: boolean | SchemaNode;
	readonly items?: SchemaNode;
	readonly enum?: readonly unknown[];
	readonly const?: unknown;
	readonly anyOf?: readonly SchemaNode[];
	readonly oneOf?: readonly SchemaNode[];
	readonly allOf?: readonly SchemaNode[];
	readonly definitions?: Readonly<Record<string, SchemaNode>>;
}

/** One step into a document: an object key or an array index. */
export type JsonPathSegment = string | number;

/** A property that may be written in an object, for completion. */
export interface PropertyHelp {
	readonly name: string;
	readonly description: string | undefined;
	readonly required: boolean;
}

/** Follows `$ref`s and spreads `anyOf`/`oneOf`/`allOf` into the schemas that may apply. */
export function expandSchema(root: SchemaNode, node: SchemaNode, depth = 0): SchemaNode[] {
	if (depth > 32) return [];
	if (node.$ref !== undefined) {
		const target = resolveRef(root, node.$ref);
		return target === undefined ? [] : expandSchema(root, target, depth + 1);
	}
	const branches = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
	if (branches.length === 0) return [node];
	const own = node.properties !== undefined || node.enum !== undefined ? [node] : [];
	return [...own, ...branches.flatMap((branch) => expandSchema(root, branch, depth + 1))];
}

/** The schemas that may apply to the value at `path` (empty when the path is not allowed). */
export function schemasAtPath(root: SchemaNode, path: readonly JsonPathSegment[]): SchemaNode[] {
	let current = expandSchema(root, root);
	for (const segment of path) {
		current = current.flatMap((schema) => {
			const next =
				typeof segment === 'number'
					? schema.items
					: (schema.properties?.[segment] ??
						(typeof schema.additionalProperties === 'object'
							? schema.additionalProperties
							: undefined));
			return next === undefined ? [] : expandSchema(root, next);
		});
		if (current.length === 0) return [];
	}
	return current;
}

/** The properties an object at `path` may have, in the schema's order, without repeats. */
export function listProperties(root: SchemaNode, path: readonly JsonPathSegment[]): PropertyHelp[] {
	const byName = new Map<string, PropertyHelp>();
	for (const schema of schemasAtPath(root, path)) {
		const required = new Set((schema as { required?: readonly string[] }).required ?? []);
		for (const [name, property] of Object.entries(schema.properties ?? {})) {
			if (byName.has(name)) continue;
			byName.set(name, {
				name,
				description: describeSchema(root, property),
				required: required.has(name)
			});
		}
	}
	return [...byName.values()];
}

/** The values allowed at `path` when the schema lists them (enums, constants, booleans). */
export function listAllowedValues(root: SchemaNode, path: readonly JsonPathSegment[]): unknown[] {
	const values: unknown[] = [];
	for (const schema of schemasAtPath(root, path)) {
		if (schema.enum !== undefined) values.push(...schema.enum);
		if (schema.const !== undefined) values.push(schema.const);
		if (schema.type === 'boolean') values.push(true, false);
	}
	return [...new Set(values)];
}

/** What the value at `path` means, from the first schema that says. */
export function describePath(
	root: SchemaNode,
	path: readonly JsonPathSegment[]
): string | undefined {
	if (path.length === 0) return undefined;
	const parents = schemasAtPath(root, path.slice(0, -1));
	const last = path.at(-1);
	for (const parent of parents) {
		const property =
			typeof last === 'number'
				? parent.items
				: (parent.properties?.[last ?? ''] ??
					(typeof parent.additionalProperties === 'object'
						? parent.additionalProperties
						: undefined));
		const description = property === undefined ? undefined : describeSchema(root, property);
		if (description !== undefined) return description;
	}
	return undefined;
}

/** Lines longer than this break arrays of plain values over several lines (as Prettier does). */
const PRINT_WIDTH = 100;
/** Tabs count as this many columns when measuring a line (the repository's Prettier setting). */
const TAB_WIDTH = 4;

/**
 * Writes `value` as pretty JSON in the shipped pathways' layout (tabs; every object expanded;
 * an array of plain values on one line when it fits in 100 columns) with every object's keys in
 * the schema's property order; keys the schema does not name keep their order after those it
 * does. The same pathway always gives the same text, so exports diff cleanly.
 */
export function formatCanonicalJson(root: SchemaNode, value: unknown): string {
	return `${printJson(orderKeys(root, value, []), 0, 0)}\n`;
}

/** Prints `value` at `depth` tabs, where the line so far is `prefix` columns long. */
function printJson(value: unknown, depth: number, prefix: number): string {
	const inner = '\t'.repeat(depth + 1);
	const outer = '\t'.repeat(depth);
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const plain = value.every((item) => typeof item !== 'object' || item === null);
		const oneLine = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;
		// The closing "," or nothing after the array is counted too.
		if (plain && prefix + oneLine.length + 1 <= PRINT_WIDTH) return oneLine;
		const items = value.map(
			(item: unknown) => `${inner}${printJson(item, depth + 1, (depth + 1) * TAB_WIDTH)}`
		);
		return `[\n${items.join(',\n')}\n${outer}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value as Record<string, unknown>);
		if (entries.length === 0) return '{}';
		const lines = entries.map(([key, item]) => {
			const head = `${JSON.stringify(key)}: `;
			return `${inner}${head}${printJson(item, depth + 1, (depth + 1) * TAB_WIDTH + head.length)}`;
		});
		return `{\n${lines.join(',\n')}\n${outer}}`;
	}
	return JSON.stringify(value);
}

function orderKeys(root: SchemaNode, value: unknown, path: JsonPathSegment[]): unknown {
	if (Array.isArray(value)) {
		return value.map((item: unknown, index) => orderKeys(root, item, [...path, index]));
	}
	if (typeof value !== 'object' || value === null) return value;
	const record = value as Record<string, unknown>;
	const known = listProperties(root, path).map((property) => property.name);
	const keys = [
		...known.filter((key) => Object.hasOwn(record, key)),
		...Object.keys(record).filter((key) => !known.includes(key))
	];
	const ordered: Record<string, unknown> = {};
	for (const key of keys) ordered[key] = orderKeys(root, record[key], [...path, key]);
	return ordered;
}

function describeSchema(root: SchemaNode, node: SchemaNode): string | undefined {
	if (node.description !== undefined) return node.description;
	for (const schema of expandSchema(root, node)) {
		if (schema.description !== undefined) return schema.description;
	}
	return undefined;
}

function resolveRef(root: SchemaNode, ref: string): SchemaNode | undefined {
	if (ref === '#') return root;
	const match = /^#\/definitions\/(.+)$/.exec(ref);
	return match === null ? undefined : root.definitions?.[decodeURIComponent(match[1] ?? '')];
}
