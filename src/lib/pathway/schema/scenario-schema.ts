/**
 * Scenario files (`pathways/scenarios/*.scenario.json`): a simulated patient's answers day by
 * day and what the pathway must do. `limber pathway simulate` and `npm test` run them.
 */
import { z } from 'zod';
import { SEVERITIES } from '../../shared/vocabulary.js';
import { IdSchema, SignpostCategorySchema } from './common-schema.js';
import { AnswerValueSchema } from './condition-schema.js';

/** Answers addressed by item code (preferred) or linkId. */
export const ScenarioAnswersSchema = z.record(z.string().min(1), AnswerValueSchema).meta({
	description:
		'Answers by item code (like "pain.nrs") or linkId. Unanswered items get the pathway\'s benign default.'
});

const dayField = z.int().min(0).meta({ description: 'Day number; day 0 is the day of enrolment.' });

export const ScenarioStepSchema = z.union([
	z
		.strictObject({ day: dayField, entry: ScenarioAnswersSchema })
		.meta({ description: 'The entry safety screen at onboarding.' }),
	z
		.strictObject({ day: dayField, checkin: ScenarioAnswersSchema })
		.meta({ description: "That day's check-in (day 0 is the baseline)." }),
	z
		.strictObject({ day: dayField, report: ScenarioAnswersSchema })
		.meta({ description: 'The "new or worrying symptom" check.' }),
	z
		.strictObject({
			day: dayField,
			outcome: ScenarioAnswersSchema,
			questionnaire: IdSchema.optional()
		})
		.meta({ description: 'An outcome questionnaire (the one due that day, or the one named).' }),
	z
		.strictObject({ day: dayField, cleared: z.literal(true) })
		.meta({ description: 'The patient says they have been assessed and may carry on.' })
]);
export type ScenarioStep = z.infer<typeof ScenarioStepSchema>;

export const ScenarioExpectationSchema = z.strictObject({
	day: dayField,
	escalation: z
		.enum([...SEVERITIES, 'none'])
		.optional()
		.meta({ description: 'The most severe escalation fired that day, or none.' }),
	signposts: z
		.array(SignpostCategorySchema)
		.optional()
		.meta({ description: 'Exactly the signpost categories shown that day.' }),
	stage: IdSchema.optional().meta({
		description: 'The stage the patient is in at the end of that day.'
	})
});
export type ScenarioExpectation = z.infer<typeof ScenarioExpectationSchema>;

export const ScenarioSchema = z
	.strictObject({
		$schema: z.string().optional(),
		name: z.string().min(1),
		pathway: IdSchema.optional().meta({
			description: 'Id of the pathway this scenario is for (lets npm test find it).'
		}),
		locality: IdSchema,
		steps: z.array(ScenarioStepSchema).min(1),
		expect: z.array(ScenarioExpectationSchema)
	})
	.meta({ id: 'Scenario', title: 'Limber scenario' });
export type Scenario = z.infer<typeof ScenarioSchema>;
