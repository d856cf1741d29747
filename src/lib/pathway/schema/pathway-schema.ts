/**
 * The pathway file format (`pathways/conditions/<id>.pathway.json`). A pathway is data: the
 * engine compiles it into a state machine, lint checks it against the clinical safety facts,
 * and the patient app renders it. Every object is strict so that a misspelt key is an error
 * with a location, not a silently ignored setting.
 */
import { z } from 'zod';
import { BODY_AREAS, SAFETY_NET_CODES } from '../../shared/vocabulary.js';
import {
	ClinicianTextSchema,
	IdSchema,
	IsoDateSchema,
	SemverSchema,
	SeveritySchema,
	SignpostCategorySchema,
	StringKeySchema
} from './common-schema.js';
import { ConditionSchema } from './condition-schema.js';
import { QuestionnaireIncludeSchema, QuestionnaireSchema } from './questionnaire-schema.js';

export const LocaleInfoSchema = z
	.strictObject({
		status: z.enum(['draft', 'approved']).meta({
			description: 'draft until a named translator and approver have signed the translation off.'
		}),
		translator: z.string().min(1).optional().meta({
			description:
				'Who translated it (required for an approved translation other than the source language).'
		}),
		approver: z
			.string()
			.min(1)
			.optional()
			.meta({ description: 'Who approved it (required when status is approved).' })
	})
	.meta({ description: 'Translation status of one language.' });
export type LocaleInfo = z.infer<typeof LocaleInfoSchema>;

export const ReferenceSchema = z.strictObject({
	title: z.string().min(1),
	url: z.url().optional(),
	publisher: z.string().min(1).optional()
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const HazardIdSchema = z
	.string()
	.regex(/^HAZ-\d{3}$/, 'Use a hazard-log id like "HAZ-001".')
	.meta({ description: 'An id in the clinical safety hazard log (DCB0129), like HAZ-001.' });

export const DoseSchema = z
	.strictObject({
		sets: z.int().min(1).optional(),
		reps: z.int().min(1).optional(),
		holdSeconds: z.int().min(1).optional(),
		restSeconds: z.int().min(1).optional(),
		timesPerDay: z.int().min(1).optional(),
		perSide: z
			.boolean()
			.optional()
			.meta({ description: 'Do the reps on each side (left and right).' })
	})
	.meta({ description: 'How much of an exercise to do.' });
export type Dose = z.infer<typeof DoseSchema>;

export const AdviceSchema = z.strictObject({
	id: IdSchema,
	title: StringKeySchema,
	body: StringKeySchema.meta({
		description: 'String key of the advice text; blank lines separate paragraphs.'
	})
});
export type Advice = z.infer<typeof AdviceSchema>;

export const ExerciseSchema = z.strictObject({
	id: IdSchema,
	title: StringKeySchema,
	summary: StringKeySchema.optional(),
	steps: z
		.array(StringKeySchema)
		.min(1)
		.meta({ description: 'String keys of the numbered instructions.' }),
	dose: DoseSchema,
	cautions: z
		.array(StringKeySchema)
		.optional()
		.meta({ description: 'String keys of when to stop or take care.' })
});
export type Exercise = z.infer<typeof ExerciseSchema>;

export const ContentSchema = z.strictObject({
	advice: z.array(AdviceSchema),
	exercises: z.array(ExerciseSchema)
});
export type Content = z.infer<typeof ContentSchema>;

export const AdaptationSchema = z
	.strictObject({
		when: ConditionSchema,
		advice: z
			.array(IdSchema)
			.optional()
			.meta({ description: "Advice added to the day's plan when the condition holds." }),
		exercises: z
			.array(IdSchema)
			.optional()
			.meta({ description: "Exercises added to the day's plan when the condition holds." }),
		hide: z.array(IdSchema).optional().meta({
			description: "Advice or exercises taken out of the day's plan when the condition holds."
		})
	})
	.meta({
		description:
			"Change the day's plan with how the patient says they feel (conditions read the latest check-in)."
	});
export type Adaptation = z.infer<typeof AdaptationSchema>;

export const PlanSchema = z
	.strictObject({
		checkin: IdSchema.optional().meta({
			description: 'Id of the daily check-in questionnaire for this stage.'
		}),
		advice: z.array(IdSchema),
		exercises: z.array(IdSchema),
		adapt: z.array(AdaptationSchema).optional()
	})
	.meta({ description: 'What the patient sees each day in this stage.' });
export type Plan = z.infer<typeof PlanSchema>;

/** Events a stage transition can react to. */
export const TRANSITION_EVENTS = [
	'entry.submitted',
	'checkin.submitted',
	'report.submitted',
	'outcome.submitted',
	'day',
	'stage.elapsed',
	'escalation.cleared'
] as const;
export type TransitionEvent = (typeof TRANSITION_EVENTS)[number];

export const ActionSchema = z
	.strictObject({
		type: z
			.string()
			.min(1)
			.meta({ description: 'Name of a registered action: setFlag or clearFlag.' }),
		params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional()
	})
	.meta({ description: 'An action run when the transition is taken, by name with parameters.' });
export type Action = z.infer<typeof ActionSchema>;

export const TransitionSchema = z
	.strictObject({
		on: z.enum(TRANSITION_EVENTS).meta({
			description:
				'The event: a submission (entry, checkin, report, outcome), "day" (each new day), "stage.elapsed" (maxDays reached) or "escalation.cleared" (the patient says they have been assessed).'
		}),
		when: ConditionSchema.optional(),
		to: IdSchema.meta({ description: 'Id of the stage to move to.' }),
		actions: z.array(ActionSchema).optional()
	})
	.meta({
		description:
			'Move to another stage when the event happens and the condition holds. The first matching transition wins.'
	});
export type Transition = z.infer<typeof TransitionSchema>;

export const STAGE_KINDS = ['stage', 'escalation', 'final'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const StageSchema = z
	.strictObject({
		id: IdSchema,
		kind: z.enum(STAGE_KINDS).meta({
			description:
				'stage: part of the recovery plan. escalation: the patient has been told to get help. final: the pathway is finished.'
		}),
		title: StringKeySchema,
		description: StringKeySchema.optional(),
		plan: PlanSchema.optional(),
		maxDays: z
			.int()
			.min(1)
			.optional()
			.meta({ description: 'After this many days in the stage a "stage.elapsed" event fires.' }),
		transitions: z.array(TransitionSchema)
	})
	.meta({ description: 'One stage of the pathway.' });
export type Stage = z.infer<typeof StageSchema>;

export const SafetyNetRuleSchema = z
	.strictObject({
		id: IdSchema,
		severity: SeveritySchema,
		scope: z.union([z.literal('all'), z.array(IdSchema).min(1)]).meta({
			description: '"all" (every stage, including the entry screen) or a list of stage ids.'
		}),
		when: ConditionSchema,
		signposts: z.array(SignpostCategorySchema).min(1),
		escalateTo: IdSchema.optional().meta({
			description: 'Stage the patient moves to when this rule fires.'
		}),
		code: z.enum(SAFETY_NET_CODES).optional().meta({
			description:
				'For dynamic rules that do not react to a red-flag answer: sn.worsening, sn.not-improving, sn.severe-pain or sn.low-mood.'
		}),
		message: StringKeySchema.meta({
			description: 'String key of what the patient is told to do, and why.'
		}),
		cooldownDays: z.int().min(1).optional().meta({
			description:
				'After firing, do not fire again for this many days. Red-flag rules must not have one: they fire every time.'
		}),
		rationale: ClinicianTextSchema,
		source: ClinicianTextSchema.meta({ description: 'Guideline the rule comes from.' }),
		hazard: HazardIdSchema
	})
	.meta({
		description: 'A safety-net rule, evaluated on every submission in every stage in scope.'
	});
export type SafetyNetRule = z.infer<typeof SafetyNetRuleSchema>;

export const ScheduleEntrySchema = z
	.strictObject({
		questionnaire: IdSchema,
		days: z.array(z.int().min(0)).min(1).meta({
			description:
				'Days the questionnaire is due, for example [0, 14, 42, 84]. Day 0 is the baseline.'
		}),
		windowDays: z
			.int()
			.min(1)
			.optional()
			.meta({ description: 'How many days it stays due (default 3).' })
	})
	.meta({ description: 'When an outcome questionnaire is due.' });
export type ScheduleEntry = z.infer<typeof ScheduleEntrySchema>;

export const MigrationSchema = z
	.strictObject({
		from: SemverSchema.meta({
			description: 'The older version this migration moves patients from.'
		}),
		stages: z.record(IdSchema, IdSchema).meta({
			description:
				'Old stage id → stage id in this version. Every stage of the old version must be listed.'
		}),
		flags: z
			.record(IdSchema, z.boolean())
			.optional()
			.meta({ description: 'Flags to set on migrated patients (context defaults).' }),
		note: ClinicianTextSchema.optional()
	})
	.meta({ description: 'How a patient part-way through an older version moves to this one.' });
export type Migration = z.infer<typeof MigrationSchema>;

export const StringTableSchema = z.record(StringKeySchema, z.string().min(1)).meta({
	description: 'String key → text in one language. Plain English, reading age about 9 to 11.'
});
export type StringTable = z.infer<typeof StringTableSchema>;

const pathwayShape = {
	$schema: z.string().optional().meta({ description: 'Path of the JSON Schema, for editor help.' }),
	id: IdSchema,
	version: SemverSchema,
	status: z.enum(['draft', 'active', 'retired']),
	condition: z
		.enum(BODY_AREAS)
		.meta({ description: 'Where it hurts: the patient picks this area to join the pathway.' }),
	title: StringKeySchema,
	summary: StringKeySchema,
	locales: z
		.strictObject({
			en: LocaleInfoSchema,
			cy: LocaleInfoSchema.optional(),
			ur: LocaleInfoSchema.optional()
		})
		.meta({ description: 'Languages this pathway is written in, and their translation status.' }),
	clinicalOwner: z
		.string()
		.min(1)
		.meta({ description: 'Named clinician accountable for the content.' }),
	approvedBy: z
		.string()
		.min(1)
		.meta({ description: 'Clinical safety officer or clinical lead who approved this version.' }),
	approvalDate: IsoDateSchema,
	reviewDue: IsoDateSchema,
	references: z.array(ReferenceSchema).min(1),
	hazards: z
		.array(HazardIdSchema)
		.meta({ description: "Hazard-log ids this pathway's controls address." }),
	start: IdSchema.meta({ description: 'Stage the patient enters after the entry safety screen.' }),
	questionnaires: z.array(QuestionnaireSchema).min(1),
	content: ContentSchema,
	stages: z.array(StageSchema).min(1),
	safetyNet: z.array(SafetyNetRuleSchema).min(1),
	schedule: z.array(ScheduleEntrySchema),
	migrations: z.array(MigrationSchema).optional(),
	strings: z
		.strictObject({
			en: StringTableSchema,
			cy: StringTableSchema.optional(),
			ur: StringTableSchema.optional()
		})
		.meta({ description: 'Every patient-facing text, per language.' })
};

/** A validated pathway with every questionnaire resolved (what the engine and app use). */
export const PathwaySchema = z
	.strictObject(pathwayShape)
	.meta({ id: 'Pathway', title: 'Limber pathway' });
export type Pathway = z.infer<typeof PathwaySchema>;

/**
 * A pathway file as written: questionnaires may be `{ "include": "..." }` entries pulled in from
 * their own files by the loader before the file is checked against `PathwaySchema`.
 */
export const PathwayFileSchema = z
	.strictObject({
		...pathwayShape,
		questionnaires: z.array(z.union([QuestionnaireSchema, QuestionnaireIncludeSchema])).min(1)
	})
	.meta({ id: 'PathwayFile', title: 'Limber pathway file' });
export type PathwayFile = z.infer<typeof PathwayFileSchema>;

/** Reserved machine states the engine adds to every pathway; no stage may use these ids. */
export { RESERVED_STAGE_IDS } from '../reserved-states.js';
