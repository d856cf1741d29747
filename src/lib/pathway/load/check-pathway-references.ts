/**
 * Reference validation: everything a pathway names by id exists and is the right kind. The
 * schema checks each value on its own; this checks how they fit together. Every finding has rule
 * id `reference` and says how to fix it.
 */
import type { Pathway } from '../schema/pathway-schema.js';
import type { Diagnostic, Locate } from './diagnostic.js';
import { createReporter } from './reporter.js';
import { checkActionReferences } from './references/action-references.js';
import { checkConditionReferences } from './references/condition-references.js';
import { checkGovernanceReferences } from './references/governance-references.js';
import { checkQuestionnaireReferences } from './references/questionnaire-references.js';
import { checkStageReferences } from './references/stage-references.js';
import { checkStringReferences } from './references/string-references.js';
import { checkUniqueIds } from './references/unique-ids.js';

/** The rule id of reference findings. */
export const REFERENCE_RULE = 'reference';

/**
 * Checks the references inside a schema-valid pathway: unique ids, stage and content ids,
 * questionnaires by purpose, string keys, items and scores named by conditions, enableWhen,
 * scores, the schedule, actions, migrations and languages.
 */
export function checkPathwayReferences(
	pathway: Pathway,
	locate: Locate,
	file: string
): Diagnostic[] {
	const reporter = createReporter({ file, locate }, REFERENCE_RULE);
	const context = { pathway, locate, reporter };
	checkUniqueIds(context);
	checkStageReferences(context);
	checkQuestionnaireReferences(context);
	checkConditionReferences(context);
	checkActionReferences(context);
	checkStringReferences(context);
	checkGovernanceReferences(context);
	return reporter.diagnostics;
}
