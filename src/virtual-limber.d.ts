/** Types of the modules the `limberPathways()` Vite plugin (src/cli/build) generates. */
declare module 'virtual:limber/pathways' {
	import type { Locality } from '$lib/pathway/schema/locality-schema';
	import type { Pathway } from '$lib/pathway/schema/pathway-schema';
	import type { LocalityArea, PathwaySummary } from '$lib/shared/pathway-bundle';

	/** Active pathways, for onboarding. */
	export const summaries: readonly PathwaySummary[];
	/** Locality names and postcode districts, for onboarding's postcode lookup. */
	export const areas: readonly LocalityArea[];
	/** Every locality with its services (a lazily loaded chunk of its own). */
	export function loadLocalities(): Promise<readonly Locality[]>;
	/** Loads one validated pathway (its own lazily loaded chunk), or undefined for an unknown id. */
	export function loadPathway(id: string): Promise<Pathway | undefined>;
}

declare module 'virtual:limber/pathway/*' {
	import type { Pathway } from '$lib/pathway/schema/pathway-schema';

	const pathway: Pathway;
	export default pathway;
}

declare module 'virtual:limber/localities' {
	import type { Locality } from '$lib/pathway/schema/locality-schema';

	const localities: readonly Locality[];
	export default localities;
}
