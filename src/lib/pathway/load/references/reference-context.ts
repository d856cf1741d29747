/** What every reference check receives. */
import type { Pathway } from '../../schema/pathway-schema.js';
import type { Locate, PathSegment } from '../diagnostic.js';
import type { Reporter } from '../reporter.js';

/** A pathway being checked, and where to put findings. */
export interface ReferenceContext {
	readonly pathway: Pathway;
	readonly locate: Locate;
	readonly reporter: Reporter;
}

/** An id together with where it is declared. */
export interface DeclaredId {
	readonly id: string;
	readonly path: PathSegment[];
}

/**
 * Reports every id declared more than once, at each later declaration, naming the line of the
 * first one. `what` names the kind of id ("stage id").
 */
export function reportDuplicateIds(
	context: ReferenceContext,
	declared: readonly DeclaredId[],
	what: string,
	scope = ''
): void {
	const first = new Map<string, DeclaredId>();
	for (const entry of declared) {
		const earlier = first.get(entry.id);
		if (earlier === undefined) {
			first.set(entry.id, entry);
			continue;
		}
		const line = context.locate(earlier.path).line;
		context.reporter.report(
			entry.path,
			`The ${what} "${entry.id}" is used twice${scope} (first on line ${line}). Every ${what} must be unique: rename one of them.`
		);
	}
}
