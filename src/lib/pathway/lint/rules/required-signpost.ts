/** `required-signpost`: a rule for a red flag shows the signposts the code requires. */
import { RED_FLAGS, type SignpostCategory } from '../../../shared/vocabulary.js';
import { listValues, quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import { listRedFlagCodesCovered } from '../red-flag-coverage.js';

/**
 * `required-signpost`: A rule covering a red-flag code includes the signposts the code requires
 * (mental-health crisis lines).
 */
export const requiredSignpostRule: LintRule = {
	id: 'required-signpost',
	severity: 'error',
	description:
		'A rule covering a red-flag code includes the signposts the code requires (mental-health crisis lines).',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		pathway.safetyNet.forEach((rule, index) => {
			const missing = new Set<SignpostCategory>();
			const codes: string[] = [];
			for (const code of listRedFlagCodesCovered(pathway, rule)) {
				const absent = RED_FLAGS[code].requiredSignposts.filter(
					(signpost) => !rule.signposts.includes(signpost)
				);
				if (absent.length === 0) continue;
				codes.push(code);
				for (const signpost of absent) missing.add(signpost);
			}
			if (missing.size === 0) return;
			findings.push({
				path: ['safetyNet', index, 'signposts'],
				message: `Rule ${quote(rule.id)} covers red flag ${codes.join(', ')}, which must signpost ${listValues(missing)}. Add ${listValues(missing)} to "signposts".`
			});
		});
		return findings;
	}
};
