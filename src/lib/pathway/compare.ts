/**
 * The comparison operators of the condition language (FHIR enableWhen operators). An unanswered
 * item fails every comparison except `exists false`.
 */
import type { AnswerValue, Operator } from './schema/condition-schema.js';

/** Compares an answer (possibly missing) with the value a condition names. */
export function compareAnswer(
	op: Operator,
	actual: AnswerValue | undefined,
	expected: AnswerValue
): boolean {
	if (op === 'exists') return (actual !== undefined) === expected;
	if (actual === undefined) return false;
	switch (op) {
		case '=':
			return actual === expected;
		case '!=':
			return actual !== expected;
		case '>':
			return typeof actual === 'number' && typeof expected === 'number' && actual > expected;
		case '<':
			return typeof actual === 'number' && typeof expected === 'number' && actual < expected;
		case '>=':
			return typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
		case '<=':
			return typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
	}
}
