/**
 * What the build shipped: pathway summaries, localities and lazy pathway loaders, from the
 * pre-validated bundle (`virtual:limber/pathways`). Kept behind an interface so state classes
 * can be tested with other content.
 */
import type { Locality } from '../../pathway/schema/locality-schema.js';
import type { Pathway } from '../../pathway/schema/pathway-schema.js';
import type { LocalityArea, PathwaySummary } from '../../shared/pathway-bundle.js';

export interface Catalogue {
	readonly summaries: readonly PathwaySummary[];
	/** Names and postcode districts of the localities, for onboarding. */
	readonly areas: readonly LocalityArea[];
	/** Every locality with its services (loaded when needed). */
	loadLocalities(): Promise<readonly Locality[]>;
	loadPathway(id: string): Promise<Pathway | undefined>;
}
