/**
 * The pathways shipped with this build, as their files' own text (not the validated bundle the
 * patient app loads), so the studio shows exactly what is in `pathways/conditions/` with the
 * same lines the command line reports. Each file is its own lazily loaded chunk.
 */
import { formatCanonicalJson, type SchemaNode } from './json-schema-walk.js';

const FILES = import.meta.glob<string>('/pathways/conditions/*.pathway.json', {
	query: '?raw',
	import: 'default'
});

/** A shipped pathway file. */
export interface ShippedPathway {
	/** `knee-pain.pathway.json` */
	readonly fileName: string;
	/** `knee-pain` */
	readonly id: string;
	readonly load: () => Promise<string>;
}

/** Every shipped pathway, by file name. */
export const SHIPPED_PATHWAYS: readonly ShippedPathway[] = Object.entries(FILES)
	.map(([path, load]) => {
		const fileName = path.slice(path.lastIndexOf('/') + 1);
		return { fileName, id: fileName.replace(/\.pathway\.json$/, ''), load };
	})
	.sort((a, b) => a.fileName.localeCompare(b.fileName));

/** The id, version and status a new pathway starts with. */
export const NEW_PATHWAY = { id: 'new-pathway', version: '0.1.0', status: 'draft' } as const;

/**
 * A new pathway to shape: a copy of a shipped one (so it starts complete, with the required
 * entry safety screen and safety net) renamed, at version 0.1.0 and in draft.
 */
export function createFromTemplate(schema: SchemaNode, shippedText: string): string {
	const value = JSON.parse(shippedText) as Record<string, unknown>;
	return formatCanonicalJson(schema, { ...value, ...NEW_PATHWAY });
}
