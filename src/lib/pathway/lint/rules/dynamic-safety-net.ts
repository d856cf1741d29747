/**
 * `dynamic-safety-net`: every pathway has the dynamic rules of safety-facts.md section 4
 * (worsening, not improving, severe unrelenting pain, low mood), identified by `code`, at their
 * minimum severity and with their required signposts.
 */
import {
	isAtLeastAsSevere,
	type SafetyNetCode,
	type Severity,
	type SignpostCategory
} from '../../../shared/vocabulary.js';
import type { DocumentPath } from '../../load/diagnostic.js';
import { listValues, quote } from '../../load/suggest.js';
import { forEachConditionLeaf } from '../../load/walk-pathway.js';
import type { LintFinding, LintRule } from '../lint-rule.js';

interface DynamicRequirement {
	readonly code: SafetyNetCode;
	readonly name: string;
	readonly minSeverity: Severity;
	/** At least one of these signposts must be shown. */
	readonly signpostsAnyOf?: readonly SignpostCategory[];
	/** What the rule looks like, for the message when it is missing. */
	readonly example: string;
}

const REQUIREMENTS: readonly DynamicRequirement[] = [
	{
		code: 'sn.worsening',
		name: 'worsening pain',
		minSeverity: 'soon',
		signpostsAnyOf: ['gp', 'physio-self-referral'],
		example: '{ "trend": { "kind": "rise", "item": "pain.nrs", "by": 2, "within": 3 } }'
	},
	{
		code: 'sn.not-improving',
		name: 'not improving',
		minSeverity: 'soon',
		example:
			'{ "all": [ { "day": { "op": ">=", "value": 42 } }, { "trend": { "kind": "change-from-baseline", "item": "pain.nrs", "op": ">", "value": -2 } } ] }'
	},
	{
		code: 'sn.severe-pain',
		name: 'severe unrelenting pain',
		minSeverity: 'urgent',
		example:
			'{ "trend": { "kind": "consecutive", "item": "pain.nrs", "count": 3, "op": ">=", "value": 9 } }'
	},
	{
		code: 'sn.low-mood',
		name: 'low mood',
		minSeverity: 'routine',
		signpostsAnyOf: ['talking-therapies'],
		example:
			'{ "any": [ { "score": { "score": "mood.phq2", "op": ">=", "value": 3 } }, { "score": { "score": "anxiety.gad2", "op": ">=", "value": 3 } } ] }'
	}
];

/**
 * `dynamic-safety-net`: The dynamic safety-net rules of safety-facts.md section 4 exist with their
 * minimum severity and signposts.
 */
export const dynamicSafetyNetRule: LintRule = {
	id: 'dynamic-safety-net',
	severity: 'error',
	description:
		'The dynamic safety-net rules of safety-facts.md section 4 exist with their minimum severity and signposts.',
	check({ pathway }) {
		const findings: LintFinding[] = [];
		// "Not improving" is judged by day 42, or day 14 for shoulder pain (safety-facts.md section 4).
		const reviewDay = pathway.condition === 'shoulder' ? 14 : 42;
		for (const requirement of REQUIREMENTS) {
			const rules = pathway.safetyNet
				.map((rule, index) => ({ rule, index }))
				.filter(({ rule }) => rule.code === requirement.code);
			if (rules.length === 0) {
				const signposts =
					requirement.signpostsAnyOf === undefined
						? ''
						: `, signposts including ${listValues(requirement.signpostsAnyOf).replace(/, (?=[^,]*$)/, ' or ')}`;
				findings.push({
					path: ['safetyNet'],
					message: `There is no ${requirement.name} rule ("code": ${quote(requirement.code)}). Every pathway needs one (safety-facts.md section 4): "when": ${requirement.example}, severity ${requirement.minSeverity} or above${signposts}.`
				});
				continue;
			}
			for (const { rule, index } of rules) {
				if (!isAtLeastAsSevere(rule.severity, requirement.minSeverity)) {
					findings.push({
						path: ['safetyNet', index, 'severity'],
						message: `The ${requirement.name} rule ${quote(rule.id)} must be at least ${quote(requirement.minSeverity)}, but is ${quote(rule.severity)}. Raise its severity.`
					});
				}
				const anyOf = requirement.signpostsAnyOf;
				if (anyOf !== undefined && !anyOf.some((signpost) => rule.signposts.includes(signpost))) {
					findings.push({
						path: ['safetyNet', index, 'signposts'],
						message: `The ${requirement.name} rule ${quote(rule.id)} must signpost ${listValues(anyOf).replace(/, (?=[^,]*$)/, ' or ')}. Add one to "signposts".`
					});
				}
				if (requirement.code === 'sn.not-improving') {
					forEachConditionLeaf(
						rule.when,
						['safetyNet', index, 'when'],
						(leaf, path: DocumentPath) => {
							if (!('day' in leaf) || leaf.day.since === 'stage') return;
							const { op, value } = leaf.day;
							const firstDay = op === '>' ? value + 1 : op === '>=' ? value : undefined;
							if (firstDay === undefined || firstDay <= reviewDay) return;
							findings.push({
								path: [...path, 'day', 'value'],
								message: `A ${pathway.condition} pathway must check for "not improving" by day ${reviewDay} (safety-facts.md section 4), but this rule waits until day ${firstDay}. Use { "day": { "op": ">=", "value": ${reviewDay} } } or earlier.`
							});
						}
					);
				}
			}
		}
		return findings;
	}
};
