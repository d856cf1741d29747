/**
 * Linting a pathway: reference validation plus the clinical-safety and authoring rules in
 * `rules.ts`. Every finding is a located diagnostic; error-level findings fail the build.
 */
import { checkPathwayReferences } from '../load/check-pathway-references.js';
import { createDiagnostic, type Diagnostic, type Locate } from '../load/diagnostic.js';
import type { Locality } from '../schema/locality-schema.js';
import type { Pathway } from '../schema/pathway-schema.js';
import type { LintRule } from './lint-rule.js';
import { LINT_RULES } from './rules.js';

/** What `lintPathway` needs. */
export interface LintPathwayInput {
	readonly pathway: Pathway;
	readonly file: string;
	readonly locate: Locate;
	/** Every known locality, `national` included. */
	readonly localities: readonly Locality[];
	/** Today as YYYY-MM-DD. */
	readonly today: string;
	/** The rules to run; all of them by default. */
	readonly rules?: readonly LintRule[];
}

/**
 * Runs reference validation and every lint rule. When a rule reports exactly what reference
 * validation already did (an unknown action, say), the rule's more specific id is kept.
 */
export function lintPathway(input: LintPathwayInput): Diagnostic[] {
	const sink = { file: input.file, locate: input.locate };
	const context = {
		pathway: input.pathway,
		file: input.file,
		locate: input.locate,
		localities: input.localities,
		today: input.today
	};
	const fromRules = (input.rules ?? LINT_RULES).flatMap((rule) =>
		rule.check(context).map((finding) =>
			createDiagnostic(sink, {
				path: finding.path,
				rule: rule.id,
				severity: finding.severity ?? rule.severity,
				message: finding.message,
				at: finding.at
			})
		)
	);
	const ruleKeys = new Set(
		fromRules.map((diagnostic) => `${diagnostic.path}\u0000${diagnostic.message}`)
	);
	const references = checkPathwayReferences(input.pathway, input.locate, input.file).filter(
		(diagnostic) => !ruleKeys.has(`${diagnostic.path}\u0000${diagnostic.message}`)
	);
	return [...references, ...fromRules];
}
