/**
 * What synthetic records are made of: the repository's four pathways (with the facts about
 * them the generator needs) and locality codes. A test checks this table against the files in
 * pathways/, so a renamed pathway, stage or locality cannot leave the seed data behind.
 */
import type { BodyArea } from '../../shared/vocabulary.js';

export interface SeedPathway {
	readonly id: string;
	readonly version: string;
	readonly bodyArea: BodyArea;
	/** Share of enrolments (low back pain is the most common MSK complaint). */
	readonly share: number;
	/** The day from which the pathway's `sn.not-improving` rule can fire. */
	readonly notImprovingFromDay: number;
}

export const SEED_PATHWAYS: readonly SeedPathway[] = [
	{ id: 'low-back-pain', version: '1.0.0', bodyArea: 'back', share: 40, notImprovingFromDay: 42 },
	{ id: 'knee-pain', version: '1.0.0', bodyArea: 'knee', share: 25, notImprovingFromDay: 42 },
	{
		id: 'shoulder-pain',
		version: '1.0.0',
		bodyArea: 'shoulder',
		share: 20,
		notImprovingFromDay: 14
	},
	{ id: 'neck-pain', version: '1.0.0', bodyArea: 'neck', share: 15, notImprovingFromDay: 42 }
];

/** Stage ids every seeded pathway has (the record's `stageReached`). */
export const SEED_STAGES = {
	early: 'early-days',
	building: 'building-up',
	gettingBack: 'getting-back',
	finished: 'finished',
	emergency: 'emergency-help',
	urgent: 'urgent-help'
} as const;

/** The outcome days of every seeded pathway's schedule (baseline, then follow-ups). */
export const SEED_MILESTONE_DAYS = [0, 14, 42, 84] as const;
/** How many days after its due day an outcome questionnaire can still be answered. */
export const SEED_WINDOW_DAYS = 3;

/** Locality files in pathways/localities. */
export const REPOSITORY_LOCALITIES = ['example-leeds', 'example-cardiff', 'national'] as const;

/**
 * Made-up locality codes, so that large seeded data spreads over many areas as a national
 * roll-out would. They are plainly synthetic and never name a real service.
 */
export const SYNTHETIC_LOCALITIES = [
	'synthetic-bradford',
	'synthetic-bristol',
	'synthetic-birmingham',
	'synthetic-cornwall',
	'synthetic-cumbria',
	'synthetic-derby',
	'synthetic-east-london',
	'synthetic-hull',
	'synthetic-kent',
	'synthetic-leicester',
	'synthetic-manchester',
	'synthetic-newcastle',
	'synthetic-norfolk',
	'synthetic-nottingham',
	'synthetic-sheffield',
	'synthetic-swansea',
	'synthetic-wolverhampton'
] as const;

/** Every locality the generator uses by default, busiest first. */
export const SEED_LOCALITIES: readonly string[] = [
	...REPOSITORY_LOCALITIES,
	...SYNTHETIC_LOCALITIES
];
