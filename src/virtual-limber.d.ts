/** Types of the modules the `limberPathways()` Vite plugin (src/cli/build) generates. */
declare module 'virtual:limber/pathways' {
	import type { Locality } from '$lib/pathway/schema/locality-schema';
	import type { Pathway } from '$lib/pathway/schema/pathway-schema';
	import type { PathwaySummary } from '$lib/shared/pathway-bundle';

	/** Active pathways, for onboarding. */
	export const summaries: readonly PathwaySummary[];
	/** Every locality, for the postcode lookup and local services. */
	export const localities: readonly Locality[];
	/** Loads one validated pathway (its own lazily loaded chunk), or undefined for an unknown id. */
	export function loadPathway(id: string): Promise<Pathway | undefined>;
}

declare module 'virtual:limber/pathway/*' {
	import type { Pathway } from '$lib/pathway/schema/pathway-schema';

	const pathway: Pathway;
	export default pathway;
}
