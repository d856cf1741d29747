/**
 * Conditions in plain words, for clinicians: diagram labels, the studio and the safety review
 * pack ("pain (0-10) at least 9 on 3 check-ins in a row"). English only: this is authoring
 * text, not patient text.
 */
import type { PathwayIndex } from './pathway-index.js';
import { findItems, findScores } from './items.js';
import type { AnswerValue, Condition, Operator } from './schema/condition-schema.js';

const OPERATOR_WORDS: Record<Exclude<Operator, 'exists'>, string> = {
	'=': 'is',
	'!=': 'is not',
	'>': 'more than',
	'<': 'less than',
	'>=': 'at least',
	'<=': 'at most'
};

/** Describes a condition in words, naming items by their English question where known. */
export function describeCondition(condition: Condition, index?: PathwayIndex): string {
	if ('all' in condition)
		return join(
			condition.all.map((c) => describeCondition(c, index)),
			'and'
		);
	if ('any' in condition)
		return join(
			condition.any.map((c) => describeCondition(c, index)),
			'or'
		);
	if ('not' in condition) return `not (${describeCondition(condition.not, index)})`;
	if ('answer' in condition) {
		const { item, op, value } = condition.answer;
		const name = nameOf(item, index);
		if (op === 'exists') return value === true ? `${name} answered` : `${name} not answered`;
		if (typeof value === 'boolean' && op === '=') return `${name}: ${value ? 'yes' : 'no'}`;
		return `${name} ${OPERATOR_WORDS[op]} ${formatValue(value)}`;
	}
	if ('score' in condition) {
		const { score, op, value } = condition.score;
		return `${nameOf(score, index)} ${OPERATOR_WORDS[op]} ${value}`;
	}
	if ('day' in condition) {
		const { op, value, since } = condition.day;
		return `${since === 'stage' ? 'day in this stage' : 'day'} ${OPERATOR_WORDS[op]} ${value}`;
	}
	if ('trend' in condition) {
		const trend = condition.trend;
		const name = nameOf(trend.item, index);
		switch (trend.kind) {
			case 'rise':
				return `${name} up by ${trend.by} or more within ${trend.within} check-ins`;
			case 'change-from-baseline':
				return `${name} change from the first answer ${OPERATOR_WORDS[trend.op]} ${trend.value}`;
			case 'consecutive':
				return `${name} ${OPERATOR_WORDS[trend.op]} ${trend.value} on ${trend.count} check-ins in a row`;
		}
	}
	return `flag "${condition.flag}" is set`;
}

function join(parts: string[], word: 'and' | 'or'): string {
	return parts.length === 1
		? (parts[0] ?? '')
		: parts
				.map((p) => (p.includes(` ${word === 'and' ? 'or' : 'and'} `) ? `(${p})` : p))
				.join(` ${word} `);
}

function formatValue(value: AnswerValue): string {
	return typeof value === 'string' ? `"${value}"` : String(value);
}

/** Friendly names of well-known codes; others fall back to the item's English text. */
const CODE_NAMES: Record<string, string> = {
	'pain.nrs': 'pain (0-10)',
	'feel.today': 'how they feel today',
	'function.psfs': 'PSFS (0-10)',
	'mood.phq2': 'PHQ-2 (0-6)',
	'anxiety.gad2': 'GAD-2 (0-6)',
	'global.change': 'global rating of change',
	'work.status': 'work status'
};

function nameOf(ref: string, index: PathwayIndex | undefined): string {
	const known = CODE_NAMES[ref];
	if (known !== undefined) return known;
	if (index === undefined) return ref;
	const item = findItems(index.pathway, ref)[0]?.item;
	const text = item === undefined ? undefined : index.pathway.strings.en[item.text];
	if (text !== undefined) return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
	const score = findScores(index.pathway, ref)[0]?.score;
	return score === undefined ? ref : `score ${score.id}`;
}
