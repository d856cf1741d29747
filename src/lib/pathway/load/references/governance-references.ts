/**
 * Version, language and hazard bookkeeping: migrations come from older versions and map onto
 * existing stages; every language with strings is declared and vice versa; an approved language
 * names its approver (and translator); rule hazards are listed in the pathway's hazards.
 */
import type { Locale } from '../../../shared/vocabulary.js';
import { didYouMean, listValues, quote } from '../suggest.js';
import type { ReferenceContext } from './reference-context.js';
import { unknownStageMessage } from './stage-references.js';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', cy: 'Welsh', ur: 'Urdu' };

/** Compares two "major.minor.patch" versions: negative when a is older. */
export function compareSemver(a: string, b: string): number {
	const left = a.split('.').map(Number);
	const right = b.split('.').map(Number);
	for (let index = 0; index < 3; index++) {
		const difference = (left[index] ?? 0) - (right[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** Checks migrations, locales and hazard ids. */
export function checkGovernanceReferences(context: ReferenceContext): void {
	const { pathway, reporter } = context;
	const stageIds = new Set(pathway.stages.map((stage) => stage.id));
	const seenFrom = new Set<string>();
	pathway.migrations?.forEach((migration, m) => {
		const path = ['migrations', m];
		if (compareSemver(migration.from, pathway.version) >= 0) {
			reporter.report(
				[...path, 'from'],
				`A migration moves patients from an older version, but ${quote(migration.from)} is not older than this pathway's version ${quote(pathway.version)}.`
			);
		}
		if (seenFrom.has(migration.from)) {
			reporter.report(
				[...path, 'from'],
				`There is already a migration from ${quote(migration.from)}. Keep one per older version.`
			);
		}
		seenFrom.add(migration.from);
		for (const [oldStage, newStage] of Object.entries(migration.stages)) {
			if (!stageIds.has(newStage)) {
				reporter.report(
					[...path, 'stages', oldStage],
					unknownStageMessage(newStage, pathway.stages)
				);
			}
		}
	});

	const declared = Object.keys(pathway.locales) as Locale[];
	const written = Object.keys(pathway.strings) as Locale[];
	for (const locale of written) {
		if (!declared.includes(locale)) {
			reporter.report(
				['strings', locale],
				`There are ${LANGUAGE_NAMES[locale]} strings but ${quote(locale)} is not in "locales". Add "${locale}": { "status": "draft", "translator": "..." } to "locales".`,
				{ at: 'key' }
			);
		}
	}
	for (const locale of declared) {
		if (!written.includes(locale)) {
			reporter.report(
				['locales', locale],
				`${LANGUAGE_NAMES[locale]} (${locale}) is declared in "locales" but "strings" has no ${quote(locale)} table. Add the translated strings, or remove the language.`,
				{ at: 'key' }
			);
		}
		const info = pathway.locales[locale];
		if (info?.status !== 'approved') continue;
		if (info.approver === undefined) {
			reporter.report(
				['locales', locale],
				`${LANGUAGE_NAMES[locale]} is marked approved, so it needs an "approver": the person who signed it off.`
			);
		}
		if (locale !== 'en' && info.translator === undefined) {
			reporter.report(
				['locales', locale],
				`An approved ${LANGUAGE_NAMES[locale]} translation needs a named "translator".`
			);
		}
	}

	const hazards = new Set(pathway.hazards);
	pathway.safetyNet.forEach((rule, r) => {
		if (hazards.has(rule.hazard)) return;
		reporter.report(
			['safetyNet', r, 'hazard'],
			`Rule ${quote(rule.id)} controls hazard ${quote(rule.hazard)}, which is not in the pathway's "hazards" list.${didYouMean(rule.hazard, hazards)} Add it to "hazards" (listed: ${listValues(hazards)}).`,
			{ severity: 'warning' }
		);
	});
}
