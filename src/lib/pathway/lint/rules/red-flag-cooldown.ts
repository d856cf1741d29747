/** `red-flag-cooldown`: a red flag escalates every time it is answered yes, never on a timer. */
import { quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import { listRedFlagCodesCovered } from '../red-flag-coverage.js';

/**
 * `red-flag-cooldown`: Rules covering red-flag codes have no cooldownDays: a red flag must fire
 * every time.
 */
export const redFlagCooldownRule: LintRule = {
	id: 'red-flag-cooldown',
	severity: 'error',
	description:
		'Rules covering red-flag codes have no cooldownDays: a red flag must fire every time.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		pathway.safetyNet.forEach((rule, index) => {
			if (rule.cooldownDays === undefined) return;
			const codes = listRedFlagCodesCovered(pathway, rule);
			if (codes.length === 0) return;
			findings.push({
				path: ['safetyNet', index, 'cooldownDays'],
				message: `Rule ${quote(rule.id)} covers red flag ${codes.join(', ')} but has "cooldownDays": ${rule.cooldownDays}, so a second "yes" within ${rule.cooldownDays} days would not escalate. Remove "cooldownDays": a red flag must fire every time.`
			});
		});
		return findings;
	}
};
