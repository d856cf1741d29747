/**
 * `benign-default`: every required question says what a well patient answers. Scenarios leave
 * most questions out and the simulator fills in the default; without one, a scenario cannot run.
 */
import { isAnswerable } from '../../items.js';
import { quote } from '../../load/suggest.js';
import { listItemEntries } from '../../load/walk-pathway.js';
import type { LintFinding, LintRule } from '../lint-rule.js';

/**
 * `benign-default`: Every required question has a "default": the benign answer a simulated patient
 * gives.
 */
export const benignDefaultRule: LintRule = {
	id: 'benign-default',
	severity: 'warning',
	description:
		'Every required question has a "default": the benign answer a simulated patient gives.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		for (const { item, path, questionnaire } of listItemEntries(pathway)) {
			if (!isAnswerable(item) || item.required !== true || item.default !== undefined) continue;
			const example =
				item.type === 'boolean'
					? 'false'
					: item.type === 'choice'
						? quote(item.options[0]?.code ?? '')
						: String(item.min);
			findings.push({
				path: [...path, 'linkId'],
				message: `Required question ${quote(item.linkId)} in ${quote(questionnaire.id)} has no "default". Add the benign answer a simulated patient gives when a scenario leaves it out (false for red flags), like "default": ${example}.`
			});
		}
		return findings;
	}
};
