/**
 * Questionnaires: the entry safety screen, the daily check-in, the "new or worrying symptom"
 * check and the outcome measures. The shape follows FHIR R4 Questionnaire closely (linkId,
 * enableWhen, answer options with weights) so that `limber pathway fhir` is a faithful export.
 */
import { z } from 'zod';
import { IdSchema, ItemCodeSchema, StringKeySchema } from './common-schema.js';
import { AnswerValueSchema, OperatorSchema } from './condition-schema.js';

export const EnableWhenSchema = z
	.strictObject({
		question: IdSchema.meta({
			description: 'The linkId of an earlier item in the same questionnaire.'
		}),
		operator: OperatorSchema,
		answer: AnswerValueSchema
	})
	.meta({ description: 'Show this item only when an earlier answer matches (FHIR enableWhen).' });
export type EnableWhen = z.infer<typeof EnableWhenSchema>;

const itemBase = {
	linkId: IdSchema.meta({ description: 'Unique id of the item within its questionnaire.' }),
	code: ItemCodeSchema.optional(),
	text: StringKeySchema.meta({ description: 'String key of the question text.' }),
	help: StringKeySchema.optional().meta({
		description: 'String key of a short explanation shown under the question.'
	}),
	enableWhen: z.array(EnableWhenSchema).min(1).optional(),
	enableBehavior: z.enum(['all', 'any']).optional().meta({
		description:
			'With several enableWhen entries: show when all match (default) or when any matches.'
	}),
	everyDays: z.int().min(1).optional().meta({
		description: 'Ask only when this item has not been answered in the last N days (7 = weekly).'
	})
};

const answerableBase = {
	...itemBase,
	required: z
		.boolean()
		.optional()
		.meta({ description: 'The patient must answer before submitting.' }),
	carryForward: z.boolean().optional().meta({
		description: "Pre-fill with the patient's previous answer (PSFS activities, for example)."
	})
};

export const BooleanItemSchema = z.strictObject({
	...answerableBase,
	type: z.literal('boolean'),
	default: z.boolean().optional().meta({
		description:
			'The benign answer used when a simulated patient leaves this item unanswered (false for red flags).'
	})
});

export const AnswerOptionSchema = z.strictObject({
	code: IdSchema.meta({
		description: 'Stable code of this option, used in conditions and analytics.'
	}),
	text: StringKeySchema,
	weight: z
		.number()
		.optional()
		.meta({ description: 'Numeric value of this option for scores (FHIR itemWeight).' })
});
export type AnswerOption = z.infer<typeof AnswerOptionSchema>;

export const ChoiceItemSchema = z.strictObject({
	...answerableBase,
	type: z.literal('choice'),
	options: z.array(AnswerOptionSchema).min(2),
	default: IdSchema.optional().meta({
		description: 'Code of the benign option used when a simulated patient leaves this unanswered.'
	})
});

const scaleBase = {
	...answerableBase,
	min: z.number(),
	max: z.number(),
	minLabel: StringKeySchema.optional().meta({
		description: 'String key of the label at the low end ("no pain").'
	}),
	maxLabel: StringKeySchema.optional().meta({
		description: 'String key of the label at the high end ("worst pain imaginable").'
	})
};

export const IntegerItemSchema = z.strictObject({
	...scaleBase,
	type: z.literal('integer'),
	min: z.int(),
	max: z.int(),
	default: z.int().optional().meta({
		description: 'The benign answer used when a simulated patient leaves this unanswered.'
	})
});

export const DecimalItemSchema = z.strictObject({
	...scaleBase,
	type: z.literal('decimal'),
	step: z.number().positive().optional(),
	default: z.number().optional().meta({
		description: 'The benign answer used when a simulated patient leaves this unanswered.'
	})
});

export const DisplayItemSchema = z.strictObject({
	...itemBase,
	type: z.literal('display')
});

export type BooleanItem = z.infer<typeof BooleanItemSchema>;
export type ChoiceItem = z.infer<typeof ChoiceItemSchema>;
export type IntegerItem = z.infer<typeof IntegerItemSchema>;
export type DecimalItem = z.infer<typeof DecimalItemSchema>;
export type DisplayItem = z.infer<typeof DisplayItemSchema>;
export type GroupItem = Omit<z.infer<typeof DisplayItemSchema>, 'type'> & {
	type: 'group';
	items: Item[];
};
/** Items that take an answer. */
export type AnswerableItem = BooleanItem | ChoiceItem | IntegerItem | DecimalItem;
export type Item = AnswerableItem | DisplayItem | GroupItem;

export const ItemSchema: z.ZodType<Item> = z
	.lazy(() =>
		z.discriminatedUnion('type', [
			BooleanItemSchema,
			ChoiceItemSchema,
			IntegerItemSchema,
			DecimalItemSchema,
			DisplayItemSchema,
			z.strictObject({
				...itemBase,
				type: z.literal('group'),
				items: z.array(ItemSchema).min(1)
			})
		])
	)
	.meta({
		id: 'Item',
		description:
			'A question (boolean, choice, integer, decimal), a display text, or a group of items.'
	});

export const ScoreBandSchema = z.strictObject({
	id: IdSchema,
	from: z.number().meta({ description: 'Lowest score in this band (inclusive).' }),
	to: z.number().meta({ description: 'Highest score in this band (inclusive).' }),
	label: StringKeySchema
});
export type ScoreBand = z.infer<typeof ScoreBandSchema>;

export const ScoreSchema = z
	.strictObject({
		id: IdSchema,
		code: ItemCodeSchema.optional(),
		method: z.enum(['sum', 'mean', 'max', 'count']).meta({
			description: 'sum, mean or max of the answers, or count of answers equal to countValue.'
		}),
		items: z.array(IdSchema).min(1).meta({ description: 'linkIds of the items scored.' }),
		countValue: AnswerValueSchema.optional().meta({
			description: 'For method "count": the answer that is counted (default true).'
		}),
		min: z.number().meta({ description: 'Lowest possible score.' }),
		max: z.number().meta({ description: 'Highest possible score.' }),
		bands: z.array(ScoreBandSchema).optional().meta({
			description:
				'Named ranges covering min..max without gaps or overlaps (for example low / medium / high risk).'
		})
	})
	.meta({
		description: 'A score computed from the answers; unanswered items make the score missing.'
	});
export type Score = z.infer<typeof ScoreSchema>;

export const QUESTIONNAIRE_PURPOSES = ['entry', 'checkin', 'report', 'outcome'] as const;
export type QuestionnairePurpose = (typeof QUESTIONNAIRE_PURPOSES)[number];

export const QuestionnaireSchema = z
	.strictObject({
		id: IdSchema,
		purpose: z.enum(QUESTIONNAIRE_PURPOSES).meta({
			description:
				'entry: safety screen before any advice. checkin: the daily check-in. report: the always-available "new or worrying symptom" check. outcome: measures due on the schedule.'
		}),
		title: StringKeySchema,
		intro: StringKeySchema.optional(),
		notices: z.array(StringKeySchema).optional().meta({
			description:
				'String keys of copyright or attribution lines that must be shown with the questionnaire (PHQ-2 Pfizer notice, PSFS attribution).'
		}),
		items: z.array(ItemSchema).min(1),
		scores: z.array(ScoreSchema).optional()
	})
	.meta({ id: 'Questionnaire' });
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

/**
 * A questionnaire kept in its own file and pulled in when the pathway is loaded. This is how a
 * locality that holds a licence (MSK-HQ, EQ-5D) drops in a licensed measure without it ever
 * being committed here.
 */
export const QuestionnaireIncludeSchema = z
	.strictObject({
		include: z
			.string()
			.min(1)
			.meta({ description: 'Path of a *.questionnaire.json file, relative to this pathway file.' })
	})
	.meta({
		description:
			'Pull in a questionnaire from its own file (for licensed measures held by a locality).'
	});
export type QuestionnaireInclude = z.infer<typeof QuestionnaireIncludeSchema>;
