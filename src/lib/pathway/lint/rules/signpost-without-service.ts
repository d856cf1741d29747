/**
 * `signpost-without-service`: every signpost a rule can show leads somewhere. A category must be
 * listed by the national locality or by some local one; otherwise a patient told to use it is
 * shown nothing to call.
 */
import type { SignpostCategory } from '../../../shared/vocabulary.js';
import { quote } from '../../load/suggest.js';
import type { LintFinding, LintRule } from '../lint-rule.js';

/**
 * `signpost-without-service`: Every signpost category a rule uses has a service in the national
 * locality or some local one.
 */
export const signpostWithoutServiceRule: LintRule = {
	id: 'signpost-without-service',
	severity: 'error',
	description:
		'Every signpost category a rule uses has a service in the national locality or some local one.',
	check({ pathway, localities }) {
		const covered = new Set<SignpostCategory>();
		for (const locality of localities) {
			for (const [category, services] of Object.entries(locality.services)) {
				if (services !== undefined && services.length > 0)
					covered.add(category as SignpostCategory);
			}
		}
		const reported = new Set<SignpostCategory>();
		const findings: LintFinding[] = [];
		pathway.safetyNet.forEach((rule, r) => {
			rule.signposts.forEach((category, c) => {
				if (covered.has(category) || reported.has(category)) return;
				reported.add(category);
				findings.push({
					path: ['safetyNet', r, 'signposts', c],
					message: `No locality lists a service for ${quote(category)}${localities.length === 0 ? ' (no locality files were loaded)' : ''}, so a patient signposted there would see nothing to contact. Add ${quote(category)} services to the national locality or to the local ones.`
				});
			});
		});
		return findings;
	}
};
