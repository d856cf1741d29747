/** `severity-below-minimum`: a rule for a red flag does at least what the code's minimum says. */
import { RED_FLAGS, isAtLeastAsSevere } from '../../../shared/vocabulary.js';
import { quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import { listRedFlagCodesCovered } from '../red-flag-coverage.js';

export const severityBelowMinimumRule: LintRule = {
	id: 'severity-below-minimum',
	severity: 'error',
	description:
		'A rule covering a red-flag code has at least the minimum severity of safety-facts.md section 3.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		pathway.safetyNet.forEach((rule, index) => {
			for (const code of listRedFlagCodesCovered(pathway, rule)) {
				const minimum = RED_FLAGS[code].minSeverity;
				if (isAtLeastAsSevere(rule.severity, minimum)) continue;
				findings.push({
					path: ['safetyNet', index, 'severity'],
					message: `Rule ${quote(rule.id)} covers red flag ${code} (${RED_FLAGS[code].meaning}), which needs at least ${quote(minimum)}, but its severity is ${quote(rule.severity)}. Raise the severity to ${quote(minimum)}.`
				});
			}
		});
		return findings;
	}
};
