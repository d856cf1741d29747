/**
 * The shape of the pathway bundle the build emits for the app (`virtual:limber/pathways`): a
 * small index the first screens need (pathway titles per language, localities for the
 * postcode lookup and services) and a lazy loader per pathway, so a patient downloads only the
 * pathway they join. Everything in it was validated and linted at build time.
 */
import type { BodyArea, Locale } from './vocabulary.js';

/** What onboarding shows about a pathway before loading it. */
export interface PathwaySummary {
	readonly id: string;
	readonly version: string;
	readonly condition: BodyArea;
	/** Title and summary in each language the pathway has (English always). */
	readonly title: Partial<Record<Locale, string>> & { readonly en: string };
	readonly summary: Partial<Record<Locale, string>> & { readonly en: string };
	/** Translation status per language. */
	readonly locales: Partial<Record<Locale, 'draft' | 'approved'>>;
}

/** What onboarding needs about a locality: its name and the postcode districts it covers. */
export interface LocalityArea {
	readonly id: string;
	readonly name: string;
	readonly example: boolean;
	readonly postcodeDistricts: readonly string[];
}
