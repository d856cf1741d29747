/** `unregistered-action`: transitions only run actions the engine knows (`actions.ts`). */
import { findUnregisteredActions } from '../../load/references/action-references.js';
import type { LintRule } from '../lint-rule.js';

/**
 * `unregistered-action`: Every transition action is registered in actions.ts (an unknown action
 * fails compilation).
 */
export const unregisteredActionRule: LintRule = {
	id: 'unregistered-action',
	severity: 'error',
	description:
		'Every transition action is registered in actions.ts (an unknown action fails compilation).',
	check({ pathway }) {
		return findUnregisteredActions(pathway);
	}
};
