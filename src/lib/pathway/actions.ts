/**
 * The actions a pathway may name in a transition, with the parameters each takes. The compiler
 * and `limber pathway lint` both read this registry, so a misspelt action name fails the build
 * with a located message instead of being silently skipped at run time.
 */

/** Parameter names each registered action requires. */
export const ACTION_PARAMS = {
	/** Set a flag that `{ "flag": name }` conditions can read. */
	setFlag: ['flag'],
	/** Clear a flag set earlier. */
	clearFlag: ['flag']
} as const satisfies Record<string, readonly string[]>;

export type ActionName = keyof typeof ACTION_PARAMS;
export const ACTION_NAMES = Object.keys(ACTION_PARAMS) as ActionName[];

/** True when `name` is a registered action. */
export function isActionName(name: string): name is ActionName {
	return Object.hasOwn(ACTION_PARAMS, name);
}
