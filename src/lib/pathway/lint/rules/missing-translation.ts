/**
 * `missing-translation`: each declared translation has every English key (the app falls back to
 * English for a missing one, so this is a warning), and no key that English lacks (a stale or
 * misspelt key that would never be shown).
 */
import type { Locale } from '../../../shared/vocabulary.js';
import { didYouMean, listValues, plural, quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', cy: 'Welsh', ur: 'Urdu' };

/**
 * `missing-translation`: Every translation has every English string, and no strings English lacks.
 */
export const missingTranslationRule: LintRule = {
	id: 'missing-translation',
	severity: 'warning',
	description: 'Every translation has every English string, and no strings English lacks.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		const english = Object.keys(pathway.strings.en);
		for (const locale of ['cy', 'ur'] as const) {
			const table = pathway.strings[locale];
			if (table === undefined) continue;
			const missing = english.filter((key) => !Object.hasOwn(table, key));
			if (missing.length > 0) {
				findings.push({
					path: ['strings', locale],
					at: 'key',
					message: `The ${LANGUAGE_NAMES[locale]} (${locale}) strings are missing ${plural(missing.length, 'key')} that English has: ${listValues(missing, 10)}. Patients see English for these until they are translated.`
				});
			}
			for (const key of Object.keys(table)) {
				if (Object.hasOwn(pathway.strings.en, key)) continue;
				findings.push({
					path: ['strings', locale, key],
					at: 'key',
					message: `The ${LANGUAGE_NAMES[locale]} string ${quote(key)} has no English original, so it is never shown.${didYouMean(key, english)} Fix the key or remove it.`
				});
			}
		}
		return findings;
	}
};
