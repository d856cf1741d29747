/**
 * The anonymised outcome record (architecture.md decision 6): the only thing that ever leaves a
 * patient's phone, and only when they opt in. One record per enrolment, revised at milestones.
 * It holds no free text, no dates (months only), no full postcodes and no device identifiers;
 * every object is strict, so anything else is rejected, never stored.
 *
 * The server validates with this schema; the patient app builds records with its type only
 * (the patient bundle does not ship Zod) and tests prove what it sends is valid.
 */
import { z } from 'zod';
import {
	AGE_BANDS,
	ETHNICITY_GROUPS,
	RECORD_STATUSES,
	REFERRAL_SOURCE_CODES,
	SEX_CODES,
	WORK_STATUSES
} from './outcome-codes.js';
import { ESCALATION_CODES, SEVERITIES, SIGNPOST_CATEGORIES } from './vocabulary.js';

export {
	AGE_BANDS,
	ETHNICITY_GROUPS,
	RECORD_STATUSES,
	REFERRAL_SOURCE_CODES,
	SEX_CODES,
	WORK_STATUSES
} from './outcome-codes.js';

const kebabId = (what: string) =>
	z
		.string()
		.min(1)
		.max(64)
		.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, `${what} must be a kebab-case id`);

const week = z.int().min(0).max(104).meta({ description: 'Whole weeks since enrolment.' });

export const MilestoneScoresSchema = z
	.strictObject({
		milestone: z
			.string()
			.regex(/^(baseline|day-\d{1,3})$/, 'milestone is "baseline" or "day-<n>"')
			.meta({ description: '"baseline" (day 0) or the scheduled day, like "day-42".' }),
		week,
		painNrs: z.int().min(0).max(10).optional(),
		psfs: z.number().min(0).max(10).optional(),
		phq2: z.int().min(0).max(6).optional(),
		gad2: z.int().min(0).max(6).optional(),
		globalChange: z
			.int()
			.min(-3)
			.max(3)
			.optional()
			.meta({ description: '3 very much better … -3 very much worse.' })
	})
	.meta({ description: 'Scores at one milestone.' });
export type MilestoneScores = z.infer<typeof MilestoneScoresSchema>;

export const OutcomeRecordSchema = z
	.strictObject({
		recordId: z
			.uuid({ version: 'v4' })
			.meta({ description: 'Random, made on the phone, not linked to the device.' }),
		revision: z.int().min(1).max(1000),
		withdrawToken: z
			.string()
			.regex(/^[A-Za-z0-9_-]{43}$/, 'withdrawToken is 32 random bytes, base64url')
			.meta({
				description:
					'Secret that lets the patient withdraw the record; the server keeps only its hash.'
			}),
		pathwayId: kebabId('pathwayId'),
		pathwayVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
		locality: kebabId('locality'),
		monthEnrolled: z
			.string()
			.regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'monthEnrolled is YYYY-MM (a month, never a date)'),
		referral: z.enum(REFERRAL_SOURCE_CODES),
		onWaitingList: z.boolean(),
		leftWaitingList: z.boolean(),
		ageBand: z.enum(AGE_BANDS),
		sex: z.enum(SEX_CODES).optional(),
		ethnicity: z.enum(ETHNICITY_GROUPS).optional(),
		scores: z.array(MilestoneScoresSchema).max(20),
		escalations: z
			.array(z.strictObject({ code: z.enum(ESCALATION_CODES), severity: z.enum(SEVERITIES), week }))
			.max(200),
		signposts: z.array(z.enum(SIGNPOST_CATEGORIES)).max(SIGNPOST_CATEGORIES.length),
		stageReached: kebabId('stageReached'),
		status: z.enum(RECORD_STATUSES),
		daysActiveFirst30: z.int().min(0).max(30),
		workStatusBaseline: z.enum(WORK_STATUSES).optional(),
		workStatusLatest: z.enum(WORK_STATUSES).optional()
	})
	.meta({ id: 'OutcomeRecord', title: 'Limber anonymised outcome record' });
export type OutcomeRecord = z.infer<typeof OutcomeRecordSchema>;

/** The body of POST /api/v1/outcomes. */
export const OutcomeBatchSchema = z.strictObject({
	records: z.array(OutcomeRecordSchema).min(1).max(500)
});
export type OutcomeBatch = z.infer<typeof OutcomeBatchSchema>;

/** One valid record, used in the published JSON Schema and in tests. */
export const EXAMPLE_OUTCOME_RECORD: OutcomeRecord = {
	recordId: '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c',
	revision: 3,
	withdrawToken: 'q8Hn2bVx0pLk4sTz7yWc1mNa9dEf3gJh5rUi6oKv-_A',
	pathwayId: 'low-back-pain',
	pathwayVersion: '1.0.0',
	locality: 'example-leeds',
	monthEnrolled: '2026-11',
	referral: 'gp',
	onWaitingList: true,
	leftWaitingList: false,
	ageBand: '40-49',
	sex: 'female',
	ethnicity: 'white',
	scores: [
		{ milestone: 'baseline', week: 0, painNrs: 7, psfs: 3.3, phq2: 2, gad2: 1 },
		{ milestone: 'day-14', week: 2, painNrs: 5, psfs: 5, phq2: 1, gad2: 1, globalChange: 2 },
		{ milestone: 'day-42', week: 6, painNrs: 3, psfs: 7.3, phq2: 0, gad2: 0, globalChange: 2 }
	],
	escalations: [{ code: 'sn.worsening', severity: 'soon', week: 1 }],
	signposts: ['gp', 'physio-self-referral'],
	stageReached: 'getting-back',
	status: 'active',
	daysActiveFirst30: 24,
	workStatusBaseline: 'working-changed',
	workStatusLatest: 'working'
};
