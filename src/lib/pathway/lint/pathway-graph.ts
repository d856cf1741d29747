/**
 * The pathway as the engine runs it: the engine's own `entry` state plus the stages, with the
 * moves between them (entry → start, transitions, and safety-net escalations). Lint rules use
 * this to ask which states are reachable, which apply a rule, and where a questionnaire is asked.
 */
import type { Pathway, SafetyNetRule } from '../schema/pathway-schema.js';
import type { Questionnaire } from '../schema/questionnaire-schema.js';

/** The engine state a patient is in before passing the entry screen. */
export const ENTRY_STATE = 'entry';

/** True when a rule is evaluated in `state` ("all" includes the entry screen). */
export function isRuleInScope(rule: Pick<SafetyNetRule, 'scope'>, state: string): boolean {
	return rule.scope === 'all' || rule.scope.includes(state);
}

/** The entry state and every stage id, in file order. */
export function listStates(pathway: Pick<Pathway, 'stages'>): string[] {
	return [ENTRY_STATE, ...pathway.stages.map((stage) => stage.id)];
}

/** The entry state and every stage that is not final: where a patient can still be. */
export function listLiveStates(pathway: Pick<Pathway, 'stages'>): string[] {
	return [
		ENTRY_STATE,
		...pathway.stages.filter((stage) => stage.kind !== 'final').map((stage) => stage.id)
	];
}

/** The states a patient can move to directly from `state`. */
export function listNextStates(pathway: Pathway, state: string): string[] {
	const next = new Set<string>();
	if (state === ENTRY_STATE) next.add(pathway.start);
	for (const transition of pathway.stages.find((stage) => stage.id === state)?.transitions ?? []) {
		next.add(transition.to);
	}
	for (const rule of pathway.safetyNet) {
		if (rule.escalateTo !== undefined && isRuleInScope(rule, state)) next.add(rule.escalateTo);
	}
	return [...next];
}

/** Every state reachable from `entry`. */
export function findReachableStates(pathway: Pathway): Set<string> {
	const reached = new Set<string>([ENTRY_STATE]);
	const queue = [ENTRY_STATE];
	for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
		for (const next of listNextStates(pathway, state)) {
			if (reached.has(next)) continue;
			reached.add(next);
			queue.push(next);
		}
	}
	return reached;
}

/**
 * The states in which a questionnaire can be answered: the entry screen in `entry`; the symptom
 * report and outcome measures in every stage; a check-in in the stages whose plan names it.
 */
export function listStatesAsking(pathway: Pathway, questionnaire: Questionnaire): string[] {
	switch (questionnaire.purpose) {
		case 'entry':
			return [ENTRY_STATE];
		case 'report':
		case 'outcome':
			return pathway.stages.map((stage) => stage.id);
		case 'checkin':
			return pathway.stages
				.filter((stage) => stage.plan?.checkin === questionnaire.id)
				.map((stage) => stage.id);
	}
}
