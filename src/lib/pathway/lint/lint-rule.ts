/**
 * The shape of a lint rule. A rule is pure: it reads the validated pathway (and the localities and
 * today's date it is given) and returns findings placed by document path. `lintPathway` turns
 * findings into located diagnostics carrying the rule's id.
 */
import type { DiagnosticSeverity, DocumentPath, Locate } from '../load/diagnostic.js';
import type { Locality } from '../schema/locality-schema.js';
import type { Pathway } from '../schema/pathway-schema.js';

/** What every rule can read. */
export interface LintContext {
	readonly pathway: Pathway;
	readonly file: string;
	readonly locate: Locate;
	/** Every known locality, `national` included. */
	readonly localities: readonly Locality[];
	/** Today as YYYY-MM-DD, passed in: the engine never reads the clock. */
	readonly today: string;
}

/** One thing a rule found. */
export interface LintFinding {
	readonly path: DocumentPath | string;
	/** What is wrong and how to fix it, in plain English. */
	readonly message: string;
	/** Overrides the rule's severity for this finding (a rule may report errors and warnings). */
	readonly severity?: DiagnosticSeverity;
	/** Point at the key rather than the value of the property at `path`. */
	readonly at?: 'key' | 'value';
}

/** A lint rule. */
export interface LintRule {
	/** Kebab-case id shown in output and used in `--json`. */
	readonly id: string;
	/** The severity of its findings unless a finding says otherwise. */
	readonly severity: DiagnosticSeverity;
	/** One sentence saying what the rule protects against. */
	readonly description: string;
	check(context: LintContext): LintFinding[];
}
