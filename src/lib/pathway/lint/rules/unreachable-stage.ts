/** `unreachable-stage`: a stage no patient can ever enter is dead content or a broken link. */
import { quote } from '../../load/suggest.js';
import type { LintRule } from '../lint-rule.js';
import { findReachableStates } from '../pathway-graph.js';

/**
 * `unreachable-stage`: Every stage can be reached from the entry screen through "start",
 * transitions or safety-net escalations.
 */
export const unreachableStageRule: LintRule = {
	id: 'unreachable-stage',
	severity: 'error',
	description:
		'Every stage can be reached from the entry screen through "start", transitions or safety-net escalations.',
	check({ pathway }) {
		const reachable = findReachableStates(pathway);
		return pathway.stages.flatMap((stage, index) =>
			reachable.has(stage.id)
				? []
				: [
						{
							path: ['stages', index, 'id'],
							message:
								stage.kind === 'escalation'
									? `No patient can reach escalation stage ${quote(stage.id)}: no safety-net rule in scope of a reachable stage has "escalateTo": ${quote(stage.id)}. Point a rule at it, or remove the stage.`
									: `No patient can reach stage ${quote(stage.id)}: it is not "start" and no transition or escalation leads to it from a reachable stage. Add a transition with "to": ${quote(stage.id)}, or remove the stage.`
						}
					]
		);
	}
};
