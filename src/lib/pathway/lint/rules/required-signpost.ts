/** `required-signpost`: a rule for a red flag shows the signposts the code requires. */
import { RED_FLAGS } from '../../../shared/vocabulary.js';
import { listValues, quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import { listRedFlagCodesCovered } from '../red-flag-coverage.js';

export const requiredSignpostRule: LintRule = {
	id: 'required-signpost',
	severity: 'error',
	description:
		'A rule covering a red-flag code includes the signposts the code requires (mental-health crisis lines).',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		pathway.safetyNet.forEach((rule, index) => {
			for (const code of listRedFlagCodesCovered(pathway, rule)) {
				const required: readonly string[] = RED_FLAGS[code].requiredSignposts;
				const missing = required.filter(
					(signpost) => !(rule.signposts as readonly string[]).includes(signpost)
				);
				if (missing.length === 0) continue;
				findings.push({
					path: ['safetyNet', index, 'signposts'],
					message: `Rule ${quote(rule.id)} covers red flag ${code}, which must signpost ${listValues(missing)}. Add ${listValues(missing)} to "signposts".`
				});
			}
		});
		return findings;
	}
};
