/**
 * Every string key the pathway uses has English text. English is the source language: a missing
 * English string would show a raw key to a patient. Unused English strings are reported as
 * warnings so that stale text does not go to translators.
 */
import { didYouMean, quote } from '../suggest.js';
import { listStringKeyUses } from '../string-keys.js';
import type { ReferenceContext } from './reference-context.js';

/** Checks that every used key is in `strings.en`, and flags English strings nothing uses. */
export function checkStringReferences(context: ReferenceContext): void {
	const { pathway, reporter } = context;
	const english = pathway.strings.en;
	const known = Object.keys(english);
	const uses = listStringKeyUses(pathway);
	for (const use of uses) {
		if (Object.hasOwn(english, use.key)) continue;
		reporter.report(
			use.path,
			`The string key ${quote(use.key)} is not in "strings" → "en".${didYouMean(use.key, known)} Add it there with the English text, or fix the key.`
		);
	}
	const used = new Set(uses.map((use) => use.key));
	for (const key of known) {
		if (used.has(key)) continue;
		reporter.report(
			['strings', 'en', key],
			`The English string ${quote(key)} is not used anywhere in this pathway. Remove it, or use it.`,
			{ severity: 'warning', at: 'key' }
		);
	}
}
