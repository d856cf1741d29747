/**
 * The condition language: a small recursive data language that clinicians write in pathway
 * files and the engine evaluates. Each condition is an object with exactly one key:
 *
 * - `{ "all": [c1, c2] }`, `{ "any": [c1, c2] }`, `{ "not": c }`
 * - `{ "answer": { "item": "pain.nrs", "op": ">=", "value": 7 } }`: the answer given in the
 *   submission being handled (or, for day events and daily-plan choices, in the latest check-in)
 * - `{ "score": { "score": "mood.phq2", "op": ">=", "value": 3 } }`: a score of that submission
 * - `{ "day": { "op": ">=", "value": 42 } }`: days since enrolment (or `"since": "stage"`)
 * - `{ "trend": { "kind": "rise", "item": "pain.nrs", "by": 2, "within": 3 } }`: check-in history
 * - `{ "flag": "saw-flare-advice" }`: a flag set by a transition action
 *
 * Operators follow FHIR Questionnaire `enableWhen`: exists, =, !=, >, <, >=, <=.
 */
import { z } from 'zod';
import { IdSchema, ItemRefSchema } from './common-schema.js';

/** FHIR enableWhen operators. */
export const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type Operator = (typeof OPERATORS)[number];

export const OperatorSchema = z
	.enum(OPERATORS)
	.meta({ description: 'Comparison, as in FHIR enableWhen: exists, =, !=, >, <, >=, <=.' });

export const AnswerValueSchema = z.union([z.boolean(), z.number(), z.string()]).meta({
	description: 'true/false for yes-no items, a number for scales, an option code for choices.'
});
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerTestSchema = z
	.strictObject({
		item: ItemRefSchema,
		op: OperatorSchema,
		value: AnswerValueSchema
	})
	.meta({
		description:
			'Compare the answer to an item. With "exists", value is true (answered) or false (not answered).'
	});
export type AnswerTest = z.infer<typeof AnswerTestSchema>;

export const ScoreTestSchema = z
	.strictObject({
		score: ItemRefSchema,
		op: OperatorSchema.exclude(['exists']),
		value: z.number()
	})
	.meta({ description: 'Compare a questionnaire score (by score id or code) with a number.' });
export type ScoreTest = z.infer<typeof ScoreTestSchema>;

export const DayTestSchema = z
	.strictObject({
		op: OperatorSchema.exclude(['exists']),
		value: z.int().min(0),
		since: z.enum(['enrolment', 'stage']).optional().meta({
			description: 'Count days since enrolment (default) or since entering the current stage.'
		})
	})
	.meta({ description: 'Compare the day number (day 0 is the day of enrolment).' });
export type DayTest = z.infer<typeof DayTestSchema>;

const TrendRiseSchema = z
	.strictObject({
		kind: z.literal('rise'),
		item: ItemRefSchema,
		by: z.number().positive(),
		within: z
			.int()
			.min(2)
			.meta({ description: 'How many of the latest check-ins to look at, including this one.' })
	})
	.meta({
		description:
			'True when the latest value is at least "by" above the lowest value among the last "within" check-ins ("pain rose by 2 or more over the last 3 check-ins").'
	});

const TrendFromBaselineSchema = z
	.strictObject({
		kind: z.literal('change-from-baseline'),
		item: ItemRefSchema,
		op: OperatorSchema.exclude(['exists']),
		value: z.number()
	})
	.meta({
		description:
			'Compare latest value minus baseline (the first recorded value) with a number. "Pain has not fallen by 2 or more" is op ">" value -2.'
	});

const TrendConsecutiveSchema = z
	.strictObject({
		kind: z.literal('consecutive'),
		item: ItemRefSchema,
		count: z.int().min(1),
		op: OperatorSchema.exclude(['exists']),
		value: z.number()
	})
	.meta({
		description:
			'True when each of the last "count" check-in values passes the comparison ("pain 9 or more on 3 check-ins in a row").'
	});

export const TrendTestSchema = z.discriminatedUnion('kind', [
	TrendRiseSchema,
	TrendFromBaselineSchema,
	TrendConsecutiveSchema
]);
export type TrendTest = z.infer<typeof TrendTestSchema>;

/** A condition: exactly one of all, any, not, answer, score, day, trend, flag. */
export type Condition =
	| { all: Condition[] }
	| { any: Condition[] }
	| { not: Condition }
	| { answer: AnswerTest }
	| { score: ScoreTest }
	| { day: DayTest }
	| { trend: TrendTest }
	| { flag: string };

/** The keys a condition object may have; exactly one of them is present. */
export const CONDITION_KINDS = [
	'all',
	'any',
	'not',
	'answer',
	'score',
	'day',
	'trend',
	'flag'
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export const ConditionSchema: z.ZodType<Condition> = z
	.lazy(() =>
		z.union([
			z
				.strictObject({ all: z.array(ConditionSchema).min(1) })
				.meta({ description: 'True when every condition in the list is true.' }),
			z
				.strictObject({ any: z.array(ConditionSchema).min(1) })
				.meta({ description: 'True when at least one condition in the list is true.' }),
			z
				.strictObject({ not: ConditionSchema })
				.meta({ description: 'True when the condition is false.' }),
			z.strictObject({ answer: AnswerTestSchema }),
			z.strictObject({ score: ScoreTestSchema }),
			z.strictObject({ day: DayTestSchema }),
			z.strictObject({ trend: TrendTestSchema }),
			z
				.strictObject({ flag: IdSchema })
				.meta({ description: 'True when a transition action has set this flag.' })
		])
	)
	.meta({
		id: 'Condition',
		description:
			'A condition with exactly one key: all, any, not, answer, score, day, trend or flag.'
	});
