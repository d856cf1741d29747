/**
 * `licensed-text`: licensed outcome measures (MSK-HQ, EQ-5D, Oxford scores, QuickDASH, Oswestry)
 * must never be written into this repository (safety-facts.md section 5). A locality that holds
 * a licence drops the questionnaire in from its own file; shipped English text must not even
 * name one, because naming it is where copied text usually starts.
 */
import { quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';

/** Names of licensed measures, as they are usually written. */
export const LICENSED_MEASURES: readonly { name: string; pattern: RegExp }[] = [
	{ name: 'MSK-HQ', pattern: /\bMSK[-\s]?HQ\b/i },
	{ name: 'EQ-5D', pattern: /\bEQ[-\s]?5D/i },
	{ name: 'Oxford Knee/Hip/Shoulder Score', pattern: /\bOxford\s+(?:Knee|Hip|Shoulder)\s+Score/i },
	// DASH in capitals: "a quick dash" is ordinary English.
	{ name: 'QuickDASH', pattern: /\b[Qq]uick[\s-]?DASH\b/ },
	{ name: 'Oswestry Disability Index', pattern: /\bOswestry\b/i },
	{ name: 'ODI', pattern: /\bODI\b/ }
];

/**
 * `licensed-text`: No English string mentions a licensed measure (MSK-HQ, EQ-5D, Oxford scores,
 * QuickDASH, Oswestry/ODI).
 */
export const licensedTextRule: LintRule = {
	id: 'licensed-text',
	severity: 'error',
	description:
		'No English string mentions a licensed measure (MSK-HQ, EQ-5D, Oxford scores, QuickDASH, Oswestry/ODI).',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		for (const [key, text] of Object.entries(pathway.strings.en)) {
			const measure = LICENSED_MEASURES.find(({ pattern }) => pattern.test(text));
			if (measure === undefined) continue;
			findings.push({
				path: ['strings', 'en', key],
				message: `The string ${quote(key)} mentions ${measure.name}, a licensed measure whose text must never be shipped in this repository. Remove it; a locality that holds the licence includes the questionnaire from its own file ({ "include": "..." }).`
			});
		}
		return findings;
	}
};
