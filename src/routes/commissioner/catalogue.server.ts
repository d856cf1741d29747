/**
 * The choices the commissioner filters offer: pathways from the shipped, pre-validated pathway
 * bundle, and the localities the signed-in principal may see, with their names where the
 * locality files give one (the seed's synthetic localities only have codes).
 */
import { areas, summaries } from 'virtual:limber/pathways';
import { canSeeLocality, type Principal } from '$lib/server/auth/principal';
import { SEED_LOCALITIES } from '$lib/server/seed/catalogue';

/** One option of a filter's select: the value sent in the URL and the text shown. */
export interface FilterOption {
	readonly value: string;
	readonly label: string;
}

/** Every pathway the app ships, by English title. */
export function pathwayOptions(): FilterOption[] {
	return summaries
		.map((summary) => ({ value: summary.id, label: summary.title.en }))
		.sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/**
 * The localities `principal` may see: their own list, or for an admin every locality the app
 * ships and the seed uses.
 */
export function localityOptions(principal: Principal): FilterOption[] {
	const codes =
		principal.localities === 'all'
			? [...new Set([...areas.map((area) => area.id), ...SEED_LOCALITIES])]
			: [...principal.localities];
	return codes
		.filter((code) => canSeeLocality(principal, code))
		.map((code) => ({ value: code, label: localityName(code) }))
		.sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

/** A locality's name from its file, or its code when there is no file (synthetic localities). */
export function localityName(code: string): string {
	return areas.find((area) => area.id === code)?.name ?? code;
}

/** A pathway's English title, or its id for a pathway the app no longer ships. */
export function pathwayName(id: string): string {
	return summaries.find((summary) => summary.id === id)?.title.en ?? id;
}
