/** Every lint rule, in the order their findings are listed. */
import type { LintRule } from './lint-rule.js';
import { benignDefaultRule } from './rules/benign-default.js';
import { deadEndRule } from './rules/dead-end.js';
import { dynamicSafetyNetRule } from './rules/dynamic-safety-net.js';
import { licensedTextRule } from './rules/licensed-text.js';
import { missingTranslationRule } from './rules/missing-translation.js';
import { noEmergencyCoverageRule } from './rules/no-emergency-coverage.js';
import { redFlagCooldownRule } from './rules/red-flag-cooldown.js';
import { redFlagScreeningRule } from './rules/red-flag-screening.js';
import { redFlagUncoveredRule } from './rules/red-flag-uncovered.js';
import { requiredSignpostRule } from './rules/required-signpost.js';
import { reviewOverdueRule } from './rules/review-overdue.js';
import { severityBelowMinimumRule } from './rules/severity-below-minimum.js';
import { signpostWithoutServiceRule } from './rules/signpost-without-service.js';
import { thresholdGapOverlapRule } from './rules/threshold-gap-overlap.js';
import { unreachableStageRule } from './rules/unreachable-stage.js';
import { unregisteredActionRule } from './rules/unregistered-action.js';

/** The rules `lintPathway` runs by default; add a new rule's file here. */
export const LINT_RULES: readonly LintRule[] = [
	unreachableStageRule,
	deadEndRule,
	redFlagUncoveredRule,
	severityBelowMinimumRule,
	requiredSignpostRule,
	redFlagCooldownRule,
	noEmergencyCoverageRule,
	redFlagScreeningRule,
	dynamicSafetyNetRule,
	missingTranslationRule,
	thresholdGapOverlapRule,
	unregisteredActionRule,
	reviewOverdueRule,
	signpostWithoutServiceRule,
	benignDefaultRule,
	licensedTextRule
];
