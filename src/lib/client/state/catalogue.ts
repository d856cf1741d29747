/**
 * What the build shipped: pathway summaries, localities and lazy pathway loaders, from the
 * pre-validated bundle (`virtual:limber/pathways`). Kept behind an interface so state classes
 * can be tested with other content.
 */
import type { Locality } from '../../pathway/schema/locality-schema.js';
import type { Pathway } from '../../pathway/schema/pathway-schema.js';
import type { PathwaySummary } from '../../shared/pathway-bundle.js';

export interface Catalogue {
	readonly summaries: readonly PathwaySummary[];
	readonly localities: readonly Locality[];
	loadPathway(id: string): Promise<Pathway | undefined>;
}

/** The national locality (the fallback for every signpost), if shipped. */
export function nationalLocality(catalogue: Catalogue): Locality | undefined {
	return catalogue.localities.find((locality) => locality.id === 'national');
}
