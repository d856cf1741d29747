/**
 * The safety net: root-level rules evaluated on every submission, in every state in their scope
 * (architecture.md decision 5). Every rule that fires is reported, most severe first; none is
 * dropped. Red-flag rules have no cooldown, so a "yes" escalates every time it is given.
 */
import {
	isRedFlagCode,
	rankSeverity,
	type EscalationCode,
	type Severity
} from '../shared/vocabulary.js';
import { evaluateCondition, type ConditionScope } from './conditions.js';
import type { Escalation, SubmissionRecord } from './engine-types.js';
import type { Condition } from './schema/condition-schema.js';
import type { Pathway, SafetyNetRule } from './schema/pathway-schema.js';

export interface SafetyNetInput {
	/** Condition scope whose `current` is the submission being handled and in `history`. */
	readonly scope: ConditionScope & { readonly current: SubmissionRecord };
	/** The state the patient is in: a stage id, `entry` or `stopped`. */
	readonly state: string;
	/** Escalations fired before this submission (for cooldowns). */
	readonly previous: readonly Escalation[];
}

/** Evaluates every rule in scope; returns the fired ones, most severe first, then file order. */
export function evaluateSafetyNet(input: SafetyNetInput): Escalation[] {
	const { scope, state, previous } = input;
	const rules = scope.index.rulesByState.get(state) ?? [];
	const fired: Escalation[] = [];
	for (const rule of rules) {
		if (isCoolingDown(rule, previous, scope.day)) continue;
		if (!evaluateCondition(rule.when, scope)) continue;
		const codes = codesFor(rule, scope);
		fired.push({
			day: scope.day,
			rule: rule.id,
			severity: rule.severity,
			signposts: rule.signposts,
			code: codes[0] ?? null,
			codes,
			message: rule.message,
			...(rule.escalateTo === undefined ? {} : { escalateTo: rule.escalateTo }),
			submission: scope.current.index,
			acknowledged: false
		});
	}
	// Array.prototype.sort is stable, so rules of equal severity keep their file order.
	return fired.sort((a, b) => rankSeverity(b.severity) - rankSeverity(a.severity));
}

/** The stage the most severe fired rule with an `escalateTo` sends the patient to, if any. */
export function escalationTarget(fired: readonly Escalation[]): string | undefined {
	return fired.find((escalation) => escalation.escalateTo !== undefined)?.escalateTo;
}

function isCoolingDown(rule: SafetyNetRule, previous: readonly Escalation[], day: number): boolean {
	if (rule.cooldownDays === undefined) return false;
	for (let i = previous.length - 1; i >= 0; i--) {
		const escalation = previous[i];
		if (escalation?.rule === rule.id) return day - escalation.day < rule.cooldownDays;
	}
	return false;
}

/** Red-flag codes answered "yes" that the rule reads, then the rule's own dynamic code. */
function codesFor(rule: SafetyNetRule, scope: SafetyNetInput['scope']): EscalationCode[] {
	const codes: EscalationCode[] = [];
	const { current, index } = scope;
	const items = index.items.get(current.questionnaire);
	for (const ref of answerRefs(rule.when)) {
		for (const linkId of index.resolve(current.questionnaire, ref).linkIds) {
			const code = items?.get(linkId)?.code;
			if (current.answers[linkId] === true && code !== undefined && isRedFlagCode(code)) {
				if (!codes.includes(code)) codes.push(code);
			}
		}
	}
	if (rule.code !== undefined) codes.push(rule.code);
	return codes;
}

const refsCache = new WeakMap<Condition, string[]>();

/** Items named by `answer` tests anywhere in a condition. */
export function answerRefs(condition: Condition): string[] {
	const cached = refsCache.get(condition);
	if (cached !== undefined) return cached;
	const refs: string[] = [];
	const walk = (c: Condition): void => {
		if ('all' in c) c.all.forEach(walk);
		else if ('any' in c) c.any.forEach(walk);
		else if ('not' in c) walk(c.not);
		else if ('answer' in c && !refs.includes(c.answer.item)) refs.push(c.answer.item);
	};
	walk(condition);
	refsCache.set(condition, refs);
	return refs;
}

/**
 * The severity of each escalation stage: the most severe rule that sends patients there. A
 * patient in an escalation stage is only moved by a rule at least that severe, so an urgent
 * message never pulls someone out of "call 999 now".
 */
export function escalationStageSeverities(pathway: Pathway): Map<string, Severity> {
	const severities = new Map<string, Severity>();
	for (const rule of pathway.safetyNet) {
		if (rule.escalateTo === undefined) continue;
		const known = severities.get(rule.escalateTo);
		if (known === undefined || rankSeverity(rule.severity) > rankSeverity(known)) {
			severities.set(rule.escalateTo, rule.severity);
		}
	}
	return severities;
}
