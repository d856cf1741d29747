/**
 * `no-emergency-coverage`: in every state where a patient can be (the entry screen and every
 * stage that is not final) some emergency rule is listening, so a 999 situation is never missed.
 */
import { quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';
import { ENTRY_STATE, isRuleInScope, listLiveStates } from '../pathway-graph.js';

/**
 * `no-emergency-coverage`: The entry screen and every non-final stage are in scope of at least one
 * emergency rule.
 */
export const noEmergencyCoverageRule: LintRule = {
	id: 'no-emergency-coverage',
	severity: 'error',
	description:
		'The entry screen and every non-final stage are in scope of at least one emergency rule.',
	check({ pathway }) {
		const emergencyRules = pathway.safetyNet.filter((rule) => rule.severity === 'emergency');
		const findings: LintFinding[] = [];
		for (const state of listLiveStates(pathway)) {
			if (emergencyRules.some((rule) => isRuleInScope(rule, state))) continue;
			if (state === ENTRY_STATE) {
				const entryIndex = pathway.questionnaires.findIndex(
					(questionnaire) => questionnaire.purpose === 'entry'
				);
				findings.push({
					path: entryIndex === -1 ? ['safetyNet'] : ['questionnaires', entryIndex, 'purpose'],
					message:
						'No emergency rule applies to the entry screen. Give at least one "severity": "emergency" rule "scope": "all" so that answers at onboarding can send a patient to 999.'
				});
			} else {
				const index = pathway.stages.findIndex((stage) => stage.id === state);
				findings.push({
					path: ['stages', index, 'id'],
					message: `No emergency rule applies in stage ${quote(state)}. Give an emergency rule "scope": "all", or add ${quote(state)} to its scope.`
				});
			}
		}
		return findings;
	}
};
