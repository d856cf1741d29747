/**
 * Transition actions: every action names a registered action (`actions.ts`) and passes exactly
 * the parameters it takes. A misspelt action would fail compilation, so it is caught here with a
 * location instead.
 */
import { ACTION_NAMES, ACTION_PARAMS, isActionName } from '../../actions.js';
import type { Action, Pathway } from '../../schema/pathway-schema.js';
import { IdSchema } from '../../schema/common-schema.js';
import type { PathSegment } from '../diagnostic.js';
import { didYouMean, listValues, quote } from '../suggest.js';
import type { ReferenceContext } from './reference-context.js';

/** A transition action with where it is written. */
export interface ActionEntry {
	readonly action: Action;
	readonly path: PathSegment[];
}

/** Every transition action in the pathway. */
export function listActions(pathway: Pick<Pathway, 'stages'>): ActionEntry[] {
	return pathway.stages.flatMap((stage, s) =>
		stage.transitions.flatMap((transition, t) =>
			(transition.actions ?? []).map((action, a) => ({
				action,
				path: ['stages', s, 'transitions', t, 'actions', a]
			}))
		)
	);
}

/** A problem found with an action: where, and the message. */
export interface ActionProblem {
	readonly path: PathSegment[];
	readonly message: string;
}

/** Actions whose name is not registered. */
export function findUnregisteredActions(pathway: Pick<Pathway, 'stages'>): ActionProblem[] {
	return listActions(pathway)
		.filter(({ action }) => !isActionName(action.type))
		.map(({ action, path }) => ({
			path: [...path, 'type'],
			message: `Unknown action ${quote(action.type)}.${didYouMean(action.type, ACTION_NAMES)} Registered actions are: ${listValues(ACTION_NAMES)}.`
		}));
}

/** Checks action names and the parameters of registered actions. */
export function checkActionReferences(context: ReferenceContext): void {
	const { pathway, reporter } = context;
	for (const problem of findUnregisteredActions(pathway))
		reporter.report(problem.path, problem.message);
	for (const { action, path } of listActions(pathway)) {
		if (!isActionName(action.type)) continue;
		const wanted: readonly string[] = ACTION_PARAMS[action.type];
		const given = action.params ?? {};
		for (const name of wanted) {
			if (!Object.hasOwn(given, name)) {
				reporter.report(
					action.params === undefined ? path : [...path, 'params'],
					`Action ${quote(action.type)} needs the parameter ${quote(name)}: write "params": { "${name}": ... }.`
				);
			}
		}
		for (const name of Object.keys(given)) {
			if (!wanted.includes(name)) {
				reporter.report(
					[...path, 'params', name],
					`Action ${quote(action.type)} has no parameter ${quote(name)}.${didYouMean(name, wanted)} It takes: ${listValues(wanted)}.`,
					{ at: 'key' }
				);
			}
		}
		const flag = given.flag;
		if ((action.type === 'setFlag' || action.type === 'clearFlag') && flag !== undefined) {
			if (typeof flag !== 'string' || !IdSchema.safeParse(flag).success) {
				reporter.report(
					[...path, 'params', 'flag'],
					`A flag name is a kebab-case id like "had-flare", not ${JSON.stringify(flag)}.`
				);
			}
		}
	}
}

/** Flag names set by a `setFlag` action, with where. */
export function listSetFlags(
	pathway: Pick<Pathway, 'stages'>
): { flag: string; path: PathSegment[] }[] {
	return listActions(pathway)
		.filter(({ action }) => action.type === 'setFlag' && typeof action.params?.flag === 'string')
		.map(({ action, path }) => ({
			flag: String(action.params?.flag),
			path: [...path, 'params', 'flag']
		}));
}
