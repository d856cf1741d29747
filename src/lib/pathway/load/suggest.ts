/**
 * "Did you mean ...?" suggestions for misspelt keys, ids and codes, and the small phrase helpers
 * every message uses. Suggestions use Levenshtein distance with a limit that grows with the length
 * of the word, so "sevrity" suggests "severity" but "x" does not suggest "fever".
 */

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** True when both strings have the same characters in a different order (`=>` and `>=`). */
function isAnagram(a: string, b: string): boolean {
	return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * The candidate closest to `word`, or undefined when none is close enough to be a likely typo.
 * Case is ignored when comparing; anagrams of short words (`=>` for `>=`) win outright.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
	const lower = word.toLowerCase();
	const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of new Set(candidates)) {
		if (candidate === word) continue;
		const other = candidate.toLowerCase();
		if (other === lower || isAnagram(other, lower)) return candidate;
		// A word that is the start of a candidate ("early" for "early-days") is a likely slip too.
		const distance = other.startsWith(lower) && lower.length >= 4 ? 1 : levenshtein(lower, other);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return bestDistance <= limit ? best : undefined;
}

/** ` Did you mean "x"?` or an empty string. Starts with a space so it can be appended. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
	const suggestion = suggest(word, candidates);
	return suggestion === undefined ? '' : ` Did you mean ${quote(suggestion)}?`;
}

/** A value as it would appear in the JSON file: strings in double quotes. */
export function quote(value: unknown): string {
	return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/**
 * A readable list of values, shortened after `max` entries: `"a", "b", "c" and 4 more`.
 */
export function listValues(values: Iterable<unknown>, max = 12): string {
	const all = [...values].map(quote);
	if (all.length === 0) return '(none)';
	if (all.length <= max) return all.join(', ');
	return `${all.slice(0, max).join(', ')} and ${all.length - max} more`;
}

/** `1 stage`, `2 stages`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}
