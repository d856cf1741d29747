/**
 * Evaluates the condition language (see schema/condition-schema.ts and
 * docs/authoring-pathways.md). Pure: everything it reads is passed in the scope, so the same
 * answers always give the same result on the phone, in the CLI and in tests.
 */
import { compareAnswer } from './compare.js';
import type { SubmissionRecord } from './engine-types.js';
import type { PathwayIndex } from './pathway-index.js';
import { numericValue } from './scoring.js';
import type { AnswerValue, Condition, TrendTest } from './schema/condition-schema.js';

/** What a condition can see. */
export interface ConditionScope {
	readonly index: PathwayIndex;
	/** Current day number since enrolment. */
	readonly day: number;
	readonly stageEnteredDay: number;
	readonly flags: Readonly<Record<string, boolean>>;
	/** Every submission so far, oldest first, including `current` when there is one. */
	readonly history: readonly SubmissionRecord[];
	/**
	 * The submission being handled; for day events and daily-plan choices, the latest check-in.
	 * `answer` and `score` conditions read it; trends require it to hold a value of their item.
	 */
	readonly current: SubmissionRecord | undefined;
}

/** True when the condition holds in the scope. */
export function evaluateCondition(condition: Condition, scope: ConditionScope): boolean {
	if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, scope));
	if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, scope));
	if ('not' in condition) return !evaluateCondition(condition.not, scope);
	if ('answer' in condition) {
		const { item, op, value } = condition.answer;
		const answers = answersOf(scope, scope.current, item);
		if (answers.length === 0) return compareAnswer(op, undefined, value);
		return answers.some((answer) => compareAnswer(op, answer, value));
	}
	if ('score' in condition) {
		const { score, op, value } = condition.score;
		const current = scope.current;
		if (current === undefined) return false;
		return scope.index
			.resolve(current.questionnaire, score)
			.scoreIds.some((id) => compareAnswer(op, current.scores[id], value));
	}
	if ('day' in condition) {
		const { op, value, since } = condition.day;
		const day = since === 'stage' ? scope.day - scope.stageEnteredDay : scope.day;
		return compareAnswer(op, day, value);
	}
	if ('trend' in condition) return evaluateTrend(condition.trend, scope);
	return scope.flags[condition.flag] === true;
}

/**
 * The numeric values of an item or score across the history, oldest first. Each submission
 * gives at most one value: its first answered matching item, else its first matching score.
 */
export function historyOf(scope: Pick<ConditionScope, 'index' | 'history'>, ref: string): number[] {
	const values: number[] = [];
	for (const submission of scope.history) {
		const value = valueIn(scope.index, submission, ref);
		if (value !== undefined) values.push(value);
	}
	return values;
}

function evaluateTrend(trend: TrendTest, scope: ConditionScope): boolean {
	// A trend speaks about the submission being handled: an outcome questionnaire without a pain
	// score must not re-fire a pain trend that the morning's check-in already reported.
	if (
		scope.current === undefined ||
		valueIn(scope.index, scope.current, trend.item) === undefined
	) {
		return false;
	}
	const values = historyOf(scope, trend.item);
	const latest = values.at(-1);
	if (latest === undefined) return false;
	switch (trend.kind) {
		case 'rise': {
			const window = values.slice(-trend.within);
			return window.length >= 2 && latest - Math.min(...window) >= trend.by;
		}
		case 'change-from-baseline': {
			const baseline = values[0];
			return (
				values.length >= 2 &&
				baseline !== undefined &&
				compareAnswer(trend.op, latest - baseline, trend.value)
			);
		}
		case 'consecutive': {
			const window = values.slice(-trend.count);
			return (
				window.length === trend.count &&
				window.every((v) => compareAnswer(trend.op, v, trend.value))
			);
		}
	}
}

function answersOf(
	scope: ConditionScope,
	submission: SubmissionRecord | undefined,
	ref: string
): AnswerValue[] {
	if (submission === undefined) return [];
	const out: AnswerValue[] = [];
	for (const linkId of scope.index.resolve(submission.questionnaire, ref).linkIds) {
		const value = submission.answers[linkId];
		if (value !== undefined) out.push(value);
	}
	return out;
}

function valueIn(
	index: PathwayIndex,
	submission: SubmissionRecord,
	ref: string
): number | undefined {
	const resolved = index.resolve(submission.questionnaire, ref);
	const items = index.items.get(submission.questionnaire);
	for (const linkId of resolved.linkIds) {
		const answer = submission.answers[linkId];
		const item = items?.get(linkId);
		if (answer === undefined || item === undefined) continue;
		const value = numericValue(item, answer);
		if (value !== undefined) return value;
	}
	for (const id of resolved.scoreIds) {
		const score = submission.scores[id];
		if (score !== undefined) return score;
	}
	return undefined;
}
