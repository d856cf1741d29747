/**
 * `red-flag-uncovered`: a red-flag question answered "yes" must escalate at once wherever it is
 * asked. Every state in which the question can be answered needs a safety-net rule in scope that
 * fires on that answer alone.
 */
import { RED_FLAGS, isRedFlagCode } from '../../../shared/vocabulary.js';
import { isAnswerable } from '../../items.js';
import { listValues, quote } from '../../load/suggest.js';
import { listItemEntries } from '../../load/walk-pathway.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import { isRuleInScope, listStatesAsking } from '../pathway-graph.js';
import { doesRuleCoverItem } from '../red-flag-coverage.js';

/**
 * `red-flag-uncovered`: Every red-flag question is covered by a safety-net rule in every state
 * where it can be asked.
 */
export const redFlagUncoveredRule: LintRule = {
	id: 'red-flag-uncovered',
	severity: 'error',
	description:
		'Every red-flag question is covered by a safety-net rule in every state where it can be asked.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		for (const { questionnaire, item, path } of listItemEntries(pathway)) {
			if (!isAnswerable(item) || item.code === undefined || !isRedFlagCode(item.code)) continue;
			const covering = pathway.safetyNet.filter((rule) => doesRuleCoverItem(rule, item));
			const uncovered = listStatesAsking(pathway, questionnaire).filter(
				(state) => !covering.some((rule) => isRuleInScope(rule, state))
			);
			if (uncovered.length === 0) continue;
			const definition = RED_FLAGS[item.code];
			const where =
				covering.length === 0 ? 'No safety-net rule fires' : 'No safety-net rule in scope fires';
			findings.push({
				path: [...path, 'code'],
				message: `Red-flag question ${quote(item.linkId)} (${item.code}: ${definition.meaning}) is not covered in ${listValues(uncovered)}. ${where} when it alone is answered yes. Add a rule with "scope": "all" and "when": { "answer": { "item": ${quote(item.code)}, "op": "=", "value": true } }, severity ${definition.minSeverity} or above.`
			});
		}
		return findings;
	}
};
