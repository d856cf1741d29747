/** `severity-below-minimum`: a rule for a red flag does at least what the code's minimum says. */
import { RED_FLAGS, isAtLeastAsSevere, rankSeverity } from '../../../shared/vocabulary.js';
import { quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import { listRedFlagCodesCovered } from '../red-flag-coverage.js';

/**
 * `severity-below-minimum`: A rule covering a red-flag code has at least the minimum severity of
 * safety-facts.md section 3.
 */
export const severityBelowMinimumRule: LintRule = {
	id: 'severity-below-minimum',
	severity: 'error',
	description:
		'A rule covering a red-flag code has at least the minimum severity of safety-facts.md section 3.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		pathway.safetyNet.forEach((rule, index) => {
			const short = listRedFlagCodesCovered(pathway, rule).filter(
				(code) => !isAtLeastAsSevere(rule.severity, RED_FLAGS[code].minSeverity)
			);
			if (short.length === 0) return;
			const needed = short
				.map((code) => RED_FLAGS[code].minSeverity)
				.reduce((a, b) => (rankSeverity(b) > rankSeverity(a) ? b : a));
			const codes = short
				.map((code) => `${code} (needs ${RED_FLAGS[code].minSeverity})`)
				.join(', ');
			findings.push({
				path: ['safetyNet', index, 'severity'],
				message: `Rule ${quote(rule.id)} has severity ${quote(rule.severity)}, below the minimum for the red flags it covers: ${codes}. Raise the severity to ${quote(needed)}.`
			});
		});
		return findings;
	}
};
