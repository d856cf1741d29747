/**
 * Placing a document path at a line and column. A path that does not exist (a missing required
 * key, say) is placed at its nearest existing parent, so the message "missing key" points at the
 * object that should hold it.
 */
import type { Node } from 'jsonc-parser';
import type { DocumentPath, Locate, PathSegment } from './diagnostic.js';
import type { LineIndex } from './source-text.js';

/** What a path leads to in the syntax tree. */
export interface NodeLookup {
	/** The deepest node the path reaches. */
	readonly node: Node;
	/** True when the whole path exists. */
	readonly exists: boolean;
	/** The property node when the path ends at an object key. */
	readonly property?: Node;
}

/**
 * Follows `path` through the tree as far as it exists. String paths are split on dots; because
 * string-table keys contain dots themselves (`advice.rest.title`), an object step takes the
 * longest run of segments that names one of its keys.
 */
export function findNode(root: Node, path: DocumentPath | string): NodeLookup {
	const segments: PathSegment[] =
		typeof path === 'string' ? (path === '' ? [] : path.split('.')) : [...path];
	let node = root;
	let property: Node | undefined;
	let index = 0;
	while (index < segments.length) {
		if (node.type === 'object') {
			const match = matchProperty(node, segments, index, typeof path === 'string');
			if (match === undefined) return { node, exists: false };
			property = match.property;
			const value = match.property.children?.[1];
			if (value === undefined) return { node: match.property, exists: false };
			node = value;
			index += match.consumed;
		} else if (node.type === 'array') {
			const position = Number(segments[index]);
			const child = Number.isInteger(position) ? node.children?.[position] : undefined;
			if (child === undefined) return { node, exists: false };
			property = undefined;
			node = child;
			index += 1;
		} else {
			return { node, exists: false };
		}
	}
	return { node, exists: true, property };
}

function matchProperty(
	node: Node,
	segments: readonly PathSegment[],
	start: number,
	allowDottedKeys: boolean
): { property: Node; consumed: number } | undefined {
	const properties = node.children ?? [];
	const last = allowDottedKeys ? segments.length : start + 1;
	for (let end = last; end > start; end--) {
		const key = segments.slice(start, end).join('.');
		const property = properties.find((candidate) => candidate.children?.[0]?.value === key);
		if (property !== undefined) return { property, consumed: end - start };
	}
	return undefined;
}

/** Builds the locator of one parsed document. */
export function createLocator(root: Node, lines: LineIndex, file?: string): Locate {
	return (path, options) => {
		const lookup = findNode(root, path);
		const keyNode = lookup.property?.children?.[0];
		const target =
			lookup.exists && options?.at === 'key' && keyNode !== undefined ? keyNode : lookup.node;
		const position = lines.positionAt(target.offset);
		return file === undefined ? position : { ...position, file };
	};
}
