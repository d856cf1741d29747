/**
 * What changed between two versions of a pathway, in the three places a safety officer must
 * re-check: stages (and their transitions), safety-net rules, and questions. Entries are matched
 * by id (questions by questionnaire and linkId); a change names each field that differs, with
 * conditions in words and string keys shown as their English text.
 */
import { describeCondition } from '$lib/pathway/describe';
import { listItems } from '$lib/pathway/items';
import { indexPathway, type PathwayIndex } from '$lib/pathway/pathway-index';
import type { Condition } from '$lib/pathway/schema/condition-schema';
import type { Pathway, SafetyNetRule, Stage } from '$lib/pathway/schema/pathway-schema';
import type { Item } from '$lib/pathway/schema/questionnaire-schema';

export interface DiffEntry {
	readonly change: 'added' | 'removed' | 'changed';
	/** Stage id, rule id, or `questionnaire / linkId`. */
	readonly id: string;
	/** One line per changed field ("severity: urgent → emergency"). Empty for added and removed. */
	readonly details: readonly string[];
}

export interface PathwayDiff {
	readonly fromVersion: string;
	readonly toVersion: string;
	readonly stages: readonly DiffEntry[];
	readonly rules: readonly DiffEntry[];
	readonly questions: readonly DiffEntry[];
}

/** True when nothing in stages, rules or questions changed. */
export function isDiffEmpty(diff: PathwayDiff): boolean {
	return diff.stages.length === 0 && diff.rules.length === 0 && diff.questions.length === 0;
}

/** The changes from `before` to `after`. */
export function diffPathways(before: Pathway, after: Pathway): PathwayDiff {
	const sides = { before: side(before), after: side(after) };
	return {
		fromVersion: before.version,
		toVersion: after.version,
		stages: diffById(
			before.stages.map((stage) => [stage.id, stage]),
			after.stages.map((stage) => [stage.id, stage]),
			(a, b) => diffFields(describeStage(a, sides.before), describeStage(b, sides.after))
		),
		rules: diffById(
			before.safetyNet.map((rule) => [rule.id, rule]),
			after.safetyNet.map((rule) => [rule.id, rule]),
			(a, b) => diffFields(describeRule(a, sides.before), describeRule(b, sides.after))
		),
		questions: diffById(listQuestions(before), listQuestions(after), (a, b) =>
			diffFields(describeQuestion(a, sides.before), describeQuestion(b, sides.after))
		)
	};
}

interface Side {
	readonly pathway: Pathway;
	readonly index: PathwayIndex;
}

function side(pathway: Pathway): Side {
	return { pathway, index: indexPathway(pathway) };
}

function diffById<T>(
	before: readonly (readonly [string, T])[],
	after: readonly (readonly [string, T])[],
	compare: (a: T, b: T) => string[]
): DiffEntry[] {
	const old = new Map(before);
	const next = new Map(after);
	const entries: DiffEntry[] = [];
	for (const [id, value] of after) {
		const previous = old.get(id);
		if (previous === undefined) {
			entries.push({ change: 'added', id, details: [] });
			continue;
		}
		const details = compare(previous, value);
		if (details.length > 0) entries.push({ change: 'changed', id, details });
	}
	for (const [id] of before) {
		if (!next.has(id)) entries.push({ change: 'removed', id, details: [] });
	}
	return entries;
}

/** Fields in words; a field is absent when not set. */
type Fields = Record<string, string | undefined>;

function diffFields(before: Fields, after: Fields): string[] {
	const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	return names.flatMap((name) => {
		const a = before[name];
		const b = after[name];
		if (a === b) return [];
		return [`${name}: ${a ?? '(not set)'} → ${b ?? '(not set)'}`];
	});
}

function text(side: Side, key: string | undefined): string | undefined {
	if (key === undefined) return undefined;
	return `"${side.pathway.strings.en[key] ?? key}"`;
}

function condition(side: Side, when: Condition | undefined): string | undefined {
	return when === undefined ? undefined : describeCondition(when, side.index);
}

function describeStage(stage: Stage, side: Side): Fields {
	return {
		kind: stage.kind,
		title: text(side, stage.title),
		description: text(side, stage.description),
		'days in stage': stage.maxDays?.toString(),
		'daily check-in': stage.plan?.checkin,
		advice: stage.plan?.advice.join(', '),
		exercises: stage.plan?.exercises.join(', '),
		adaptations:
			stage.plan?.adapt === undefined
				? undefined
				: stage.plan.adapt.map((a) => `when ${condition(side, a.when) ?? ''}`).join('; '),
		transitions: stage.transitions
			.map(
				(t) =>
					`on ${t.on}${t.when === undefined ? '' : ` if ${condition(side, t.when) ?? ''}`} to ${t.to}`
			)
			.join('; ')
	};
}

function describeRule(rule: SafetyNetRule, side: Side): Fields {
	return {
		severity: rule.severity,
		scope: rule.scope === 'all' ? 'all' : rule.scope.join(', '),
		when: condition(side, rule.when),
		signposts: rule.signposts.join(', '),
		'moves to': rule.escalateTo,
		code: rule.code,
		message: text(side, rule.message),
		'cooldown days': rule.cooldownDays?.toString(),
		hazard: rule.hazard
	};
}

function listQuestions(pathway: Pathway): (readonly [string, Item])[] {
	return pathway.questionnaires.flatMap((questionnaire) =>
		listItems(questionnaire.items).map(
			(item) => [`${questionnaire.id} / ${item.linkId}`, item] as const
		)
	);
}

function describeQuestion(item: Item, side: Side): Fields {
	// Everything but the text and children, compared as data: options, ranges, enableWhen, ...
	const rest = Object.fromEntries(
		Object.entries(item).filter(([key]) => !['text', 'items', 'linkId'].includes(key))
	);
	const fields: Fields = { text: text(side, item.text) };
	for (const [key, value] of Object.entries(rest)) {
		fields[key] = typeof value === 'string' ? value : JSON.stringify(value);
	}
	return fields;
}
