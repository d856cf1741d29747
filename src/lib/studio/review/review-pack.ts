/**
 * The safety review pack: what a Clinical Safety Officer reads and signs for one pathway version.
 * Every red-flag code and the rules that handle it (gaps called out), the shortest way a patient
 * reaches each escalation stage in plain words, translations and their sign-off, governance
 * fields, lint status, and what changed since a previous version. Pure data, built from the
 * validated pathway and its lint findings; the studio shows it and `reviewPackHtml` exports it.
 */
import { describeCondition } from '$lib/pathway/describe';
import { isAnswerable, listItems } from '$lib/pathway/items';
import { isRuleInScope } from '$lib/pathway/lint/pathway-graph';
import { listRedFlagCodesCovered } from '$lib/pathway/lint/red-flag-coverage';
import type { Diagnostic, DiagnosticSeverity } from '$lib/pathway/load/diagnostic';
import { ENTRY_STATE, indexPathway, type PathwayIndex } from '$lib/pathway/pathway-index';
import { escalationStageSeverities } from '$lib/pathway/safety-net';
import type { Pathway, Reference } from '$lib/pathway/schema/pathway-schema';
import type { Item } from '$lib/pathway/schema/questionnaire-schema';
import {
	LOCALES,
	RED_FLAG_CODES,
	RED_FLAGS,
	RED_FLAGS_FOR_AREA,
	isRedFlagCode,
	rankSeverity,
	type Locale,
	type RedFlagCode,
	type Severity
} from '$lib/shared/vocabulary';
import { diffPathways, type PathwayDiff } from './pathway-diff';

export { reviewPackHtml } from './review-pack-html';

/** How well a red-flag code is handled. */
export type RedFlagStatus =
	/** Asked, and a rule fires on "yes" at or above the minimum severity. */
	| 'handled'
	/** Expected for this body area, but no question asks it. */
	| 'not-asked'
	/** Asked, but no safety-net rule fires on "yes". */
	| 'no-rule'
	/** Handled only by rules less severe than safety-facts.md requires. */
	| 'below-minimum';

export interface RedFlagEntry {
	readonly code: RedFlagCode;
	/** What it means for the patient (safety-facts.md section 3). */
	readonly meaning: string;
	readonly minSeverity: Severity;
	/** True when safety-facts.md expects a pathway for this body area to screen for it. */
	readonly expected: boolean;
	/** Questionnaires that ask it. */
	readonly askedIn: readonly string[];
	/** The rules that fire when it alone is answered yes. */
	readonly rules: readonly {
		readonly id: string;
		readonly severity: Severity;
		readonly scope: string;
		readonly escalateTo: string | undefined;
	}[];
	readonly status: RedFlagStatus;
}

/** The shortest way from enrolment to one escalation stage. */
export interface EscalationPath {
	readonly stage: string;
	readonly title: string;
	readonly severity: Severity | undefined;
	/** Each move in plain words; empty when the stage cannot be reached. */
	readonly steps: readonly string[];
	readonly reachable: boolean;
}

export interface TranslationEntry {
	readonly locale: Locale;
	/** `absent` when the pathway has no text in this language. */
	readonly status: 'draft' | 'approved' | 'absent';
	readonly translator: string | undefined;
	readonly approver: string | undefined;
	/** English string keys with no text in this language (shown in English to the patient). */
	readonly missing: number;
}

export interface LintStatus {
	readonly passed: boolean;
	readonly counts: Readonly<Record<DiagnosticSeverity, number>>;
	readonly findings: readonly Diagnostic[];
}

export interface ReviewPack {
	readonly id: string;
	readonly version: string;
	readonly status: Pathway['status'];
	readonly condition: Pathway['condition'];
	/** English title and summary. */
	readonly title: string;
	readonly summary: string;
	readonly governance: {
		readonly clinicalOwner: string;
		readonly approvedBy: string;
		readonly approvalDate: string;
		readonly reviewDue: string;
		readonly hazards: readonly string[];
		readonly references: readonly Reference[];
	};
	readonly redFlags: readonly RedFlagEntry[];
	readonly escalationPaths: readonly EscalationPath[];
	readonly translations: readonly TranslationEntry[];
	readonly lint: LintStatus;
	/** Changes since `previous`, when one was given. */
	readonly diff: PathwayDiff | undefined;
}

/** Builds the review pack of `pathway`, compared with `previous` when given. */
export function buildReviewPack(input: {
	readonly pathway: Pathway;
	readonly lint: readonly Diagnostic[];
	readonly previous?: Pathway | undefined;
}): ReviewPack {
	const { pathway } = input;
	const index = indexPathway(pathway);
	const en = pathway.strings.en;
	return {
		id: pathway.id,
		version: pathway.version,
		status: pathway.status,
		condition: pathway.condition,
		title: en[pathway.title] ?? pathway.title,
		summary: en[pathway.summary] ?? pathway.summary,
		governance: {
			clinicalOwner: pathway.clinicalOwner,
			approvedBy: pathway.approvedBy,
			approvalDate: pathway.approvalDate,
			reviewDue: pathway.reviewDue,
			hazards: pathway.hazards,
			references: pathway.references
		},
		redFlags: listRedFlagEntries(pathway),
		escalationPaths: findEscalationPaths(pathway, index),
		translations: listTranslations(pathway),
		lint: summariseLint(input.lint),
		diff: input.previous === undefined ? undefined : diffPathways(input.previous, pathway)
	};
}

/** Every red-flag code the pathway asks, handles, or should ask for its body area. */
export function listRedFlagEntries(pathway: Pathway): RedFlagEntry[] {
	const expected = new Set<RedFlagCode>(RED_FLAGS_FOR_AREA[pathway.condition]);
	const askedIn = new Map<RedFlagCode, string[]>();
	for (const questionnaire of pathway.questionnaires) {
		for (const item of listItems(questionnaire.items)) {
			if (!isAnswerable(item) || item.code === undefined || !isRedFlagCode(item.code)) continue;
			const list = askedIn.get(item.code) ?? [];
			if (!list.includes(questionnaire.id)) list.push(questionnaire.id);
			askedIn.set(item.code, list);
		}
	}
	const rulesFor = new Map<RedFlagCode, RedFlagEntry['rules'][number][]>();
	for (const rule of pathway.safetyNet) {
		for (const code of listRedFlagCodesCovered(pathway, rule)) {
			rulesFor.set(code, [
				...(rulesFor.get(code) ?? []),
				{
					id: rule.id,
					severity: rule.severity,
					scope: rule.scope === 'all' ? 'all stages and the entry screen' : rule.scope.join(', '),
					escalateTo: rule.escalateTo
				}
			]);
		}
	}
	// The body area's codes in safety-facts.md order, then any other code the pathway uses.
	const codes = RED_FLAG_CODES.filter(
		(code) => expected.has(code) || askedIn.has(code) || rulesFor.has(code)
	).sort((a, b) => Number(expected.has(b)) - Number(expected.has(a)));
	return codes.map((code) => {
		const definition = RED_FLAGS[code];
		const rules = rulesFor.get(code) ?? [];
		const asked = askedIn.get(code) ?? [];
		const strongest = Math.max(-1, ...rules.map((rule) => rankSeverity(rule.severity)));
		const status: RedFlagStatus =
			asked.length === 0
				? 'not-asked'
				: rules.length === 0
					? 'no-rule'
					: strongest < rankSeverity(definition.minSeverity)
						? 'below-minimum'
						: 'handled';
		return {
			code,
			meaning: definition.meaning,
			minSeverity: definition.minSeverity,
			expected: expected.has(code),
			askedIn: asked,
			rules,
			status
		};
	});
}

const EVENT_WORDS: Record<string, string> = {
	'entry.submitted': 'the entry screen is sent',
	'checkin.submitted': 'a check-in is sent',
	'report.submitted': 'a symptom report is sent',
	'outcome.submitted': 'a questionnaire is sent',
	day: 'a new day starts',
	'stage.elapsed': 'the time in this stage is up',
	'escalation.cleared': 'the patient says they have been assessed and may carry on'
};

interface Move {
	readonly to: string;
	readonly words: string;
}

/**
 * The shortest path (fewest moves) from enrolment to each escalation stage, through the moves
 * the engine makes: the entry screen to the start stage, stage transitions, and safety-net rules
 * that move patients (only into a stage at least as severe as an escalation stage they are in).
 */
export function findEscalationPaths(
	pathway: Pathway,
	index = indexPathway(pathway)
): EscalationPath[] {
	const severities = escalationStageSeverities(pathway);
	const titleOf = (state: string) => {
		if (state === ENTRY_STATE) return 'Entry safety screen';
		const stage = index.stages.get(state);
		return stage === undefined ? state : (pathway.strings.en[stage.title] ?? state);
	};
	const movesFrom = (state: string): Move[] => {
		const moves: Move[] = [];
		const stage = index.stages.get(state);
		if (stage?.kind === 'final') return moves;
		// Safety-net rules first: on an equally short path, the rule is the clearer explanation.
		const floor = rankSeverity(severities.get(state) ?? 'routine');
		for (const rule of pathway.safetyNet) {
			if (rule.escalateTo === undefined || !isRuleInScope(rule, state)) continue;
			if (rankSeverity(severities.get(rule.escalateTo) ?? 'routine') < floor) continue;
			moves.push({
				to: rule.escalateTo,
				words: `safety-net rule "${rule.id}" (${rule.severity}) fires when ${describe(rule.when, index)}`
			});
		}
		if (state === ENTRY_STATE) {
			moves.push({ to: pathway.start, words: 'the entry screen is sent with no red flag' });
		}
		for (const transition of stage?.transitions ?? []) {
			const event = EVENT_WORDS[transition.on] ?? transition.on;
			const when = transition.when === undefined ? '' : ` and ${describe(transition.when, index)}`;
			moves.push({ to: transition.to, words: `${event}${when}` });
		}
		return moves;
	};

	const cameFrom = new Map<string, { from: string; words: string }>();
	const seen = new Set([ENTRY_STATE]);
	const queue = [ENTRY_STATE];
	for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
		for (const move of movesFrom(state)) {
			if (seen.has(move.to)) continue;
			seen.add(move.to);
			cameFrom.set(move.to, { from: state, words: move.words });
			queue.push(move.to);
		}
	}

	return pathway.stages
		.filter((stage) => stage.kind === 'escalation')
		.map((stage) => {
			const steps: string[] = [];
			for (
				let at = stage.id, step = cameFrom.get(at);
				step !== undefined;
				step = cameFrom.get(at)
			) {
				steps.unshift(`In "${titleOf(step.from)}": when ${step.words}, go to "${titleOf(at)}".`);
				at = step.from;
			}
			return {
				stage: stage.id,
				title: titleOf(stage.id),
				severity: severities.get(stage.id),
				steps,
				reachable: seen.has(stage.id)
			};
		});
}

function describe(condition: Parameters<typeof describeCondition>[0], index: PathwayIndex): string {
	return describeCondition(condition, index);
}

/** Each language: its sign-off and how many English texts it lacks. */
export function listTranslations(pathway: Pathway): TranslationEntry[] {
	const keys = Object.keys(pathway.strings.en);
	return LOCALES.map((locale) => {
		const info = pathway.locales[locale];
		const strings = pathway.strings[locale];
		return {
			locale,
			status: info?.status ?? 'absent',
			translator: info?.translator,
			approver: info?.approver,
			missing: strings === undefined ? keys.length : keys.filter((key) => !(key in strings)).length
		};
	});
}

/** Lint counts by severity; the pathway passes when there is no error. */
export function summariseLint(findings: readonly Diagnostic[]): LintStatus {
	const counts = { error: 0, warning: 0, info: 0 };
	for (const finding of findings) counts[finding.severity] += 1;
	return { passed: counts.error === 0, counts, findings };
}

/** Words for an item in lists ("pain-today" in "daily-checkin"). */
export function describeItem(item: Item, pathway: Pathway): string {
	const text = pathway.strings.en[item.text];
	return text === undefined ? item.linkId : `${item.linkId} ("${text}")`;
}
