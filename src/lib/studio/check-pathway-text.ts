/**
 * Checking the text in the studio's editor exactly as `limber pathway lint` checks a file: the
 * loader (JSON syntax, the schema, located and in plain English) and, once the pathway loads,
 * reference validation and every lint rule. The same engine functions run here in the browser,
 * so the studio and the command line can never disagree about a file.
 */
import { sortDiagnostics, type Diagnostic } from '../pathway/load/diagnostic.js';
import { loadPathway, type ReadInclude } from '../pathway/load/load-pathway.js';
import { lintPathway } from '../pathway/lint/lint-pathway.js';
import type { Locality } from '../pathway/schema/locality-schema.js';
import type { Pathway } from '../pathway/schema/pathway-schema.js';

/** What `checkPathwayText` needs. */
export interface CheckPathwayTextInput {
	/** The file name diagnostics show (the studio uses the document's name). */
	readonly file: string;
	readonly text: string;
	/** Every known locality, `national` included (the build's locality bundle). */
	readonly localities: readonly Locality[];
	/** Today as YYYY-MM-DD, for the review-overdue rule. */
	readonly today: string;
	/** Reads included questionnaires; the studio has none open, so includes are reported. */
	readonly readInclude?: ReadInclude;
}

/** Every finding, top to bottom, and the pathway when it loaded. */
export interface PathwayCheck {
	readonly diagnostics: Diagnostic[];
	/** The validated pathway, or undefined when the text does not load. */
	readonly pathway: Pathway | undefined;
}

/** Checks editor text the way `limber pathway lint` checks a file. */
export function checkPathwayText(input: CheckPathwayTextInput): PathwayCheck {
	const loaded = loadPathway({
		file: input.file,
		text: input.text,
		readInclude: input.readInclude
	});
	if (!loaded.ok) return { diagnostics: sortDiagnostics(loaded.diagnostics), pathway: undefined };
	const findings = lintPathway({
		pathway: loaded.value,
		file: input.file,
		locate: loaded.locate,
		localities: input.localities,
		today: input.today
	});
	return { diagnostics: sortDiagnostics(findings), pathway: loaded.value };
}
