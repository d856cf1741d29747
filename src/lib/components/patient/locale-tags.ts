/**
 * BCP 47 language tags for each interface language: the Web Speech API picks its voice by
 * these, and dates are formatted with them.
 */
import type { Locale } from '$lib/shared/vocabulary';

export const LOCALE_TAGS: Record<Locale, string> = {
	en: 'en-GB',
	cy: 'cy-GB',
	ur: 'ur-PK'
};

/**
 * Wraps text that must read left to right (phone numbers, codes) in Unicode isolate marks, so
 * that inside an Urdu sentence "0113 496 0100" is not reordered into "0100 496 0113".
 */
export function isolateLtr(text: string): string {
	return `\u2066${text}\u2069`;
}

/** A calendar date (YYYY-MM-DD) written out in the language, without reading the clock. */
export function formatIsoDate(isoDate: string, locale: Locale): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return isoDate;
	return new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
		dateStyle: 'long',
		timeZone: 'UTC'
	}).format(date);
}
