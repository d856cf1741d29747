/**
 * `dead-end`: a patient must never be stuck. A non-final stage needs a way out; `maxDays` needs a
 * `stage.elapsed` transition to act on; an escalation stage needs `escalation.cleared` so that a
 * patient who has been assessed can carry on.
 */
import { quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';

/** `dead-end`: No stage leaves a patient stuck: every non-final stage has a way out. */
export const deadEndRule: LintRule = {
	id: 'dead-end',
	severity: 'error',
	description: 'No stage leaves a patient stuck: every non-final stage has a way out.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		pathway.stages.forEach((stage, index) => {
			const path = ['stages', index];
			if (stage.kind === 'final') return;
			const events = new Set(stage.transitions.map((transition) => transition.on));
			if (stage.kind === 'escalation') {
				if (!events.has('escalation.cleared')) {
					findings.push({
						path: [...path, 'transitions'],
						message: `Escalation stage ${quote(stage.id)} has no "escalation.cleared" transition, so a patient who has been assessed can never carry on. Add { "on": "escalation.cleared", "to": "<a recovery or final stage>" }.`
					});
				}
			} else if (stage.transitions.length === 0) {
				findings.push({
					path: [...path, 'transitions'],
					message: `Stage ${quote(stage.id)} has no transitions, so a patient who gets here stays for ever. Add a transition (for example on "day" or "stage.elapsed"), or make it kind "final".`
				});
			}
			if (stage.maxDays !== undefined && !events.has('stage.elapsed')) {
				findings.push({
					path: [...path, 'maxDays'],
					severity: 'warning',
					message: `Stage ${quote(stage.id)} has "maxDays": ${stage.maxDays} but no "stage.elapsed" transition, so nothing happens when the days are up. Add { "on": "stage.elapsed", "to": "..." } or remove "maxDays".`
				});
			}
		});
		return findings;
	}
};
