/**
 * The fixed clinical vocabulary of Limber: severities, signpost categories, red-flag codes and
 * measure codes. These come from ../shared/clinical/safety-facts.md and are clinical
 * requirements: pathways, the engine, analytics and the hazard log refer to these codes, never
 * to question ids. Changing a value here is a clinical-safety change.
 *
 * This module is plain data with no dependencies so that the patient bundle, the server and
 * the CLI can all import it cheaply.
 */

/** Severity levels, most severe first (safety-facts.md section 1). */
export const SEVERITIES = ['emergency', 'urgent', 'soon', 'routine'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank of a severity: higher is more severe. `none` ranks below every severity. */
export function rankSeverity(severity: Severity | 'none'): number {
	switch (severity) {
		case 'emergency':
			return 4;
		case 'urgent':
			return 3;
		case 'soon':
			return 2;
		case 'routine':
			return 1;
		case 'none':
			return 0;
	}
}

/** True when `severity` is at least as severe as `minimum`. */
export function isAtLeastAsSevere(
	severity: Severity | 'none',
	minimum: Severity | 'none'
): boolean {
	return rankSeverity(severity) >= rankSeverity(minimum);
}

/** Signpost categories (safety-facts.md section 2). */
export const SIGNPOST_CATEGORIES = [
	'call-999',
	'nhs-111',
	'urgent-gp',
	'gp',
	'physio-self-referral',
	'pharmacy',
	'mental-health-crisis',
	'talking-therapies',
	'stop-smoking',
	'weight-management',
	'work-and-health',
	'physical-activity',
	'arthritis-support'
] as const;
export type SignpostCategory = (typeof SIGNPOST_CATEGORIES)[number];

/** What a red-flag code means and the least a pathway may do when it is answered "yes". */
export interface RedFlagDefinition {
	/** Patient-facing meaning, in English, as written in safety-facts.md. */
	readonly meaning: string;
	readonly minSeverity: Severity;
	/** Signposts a rule for this code must include (mental-health crisis, for example). */
	readonly requiredSignposts: readonly SignpostCategory[];
}

/** Red-flag codes (safety-facts.md section 3). */
export const RED_FLAGS = {
	'rf.ces.saddle-numbness': {
		meaning: 'numbness or tingling around the genitals, buttocks or back passage',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.ces.bladder-bowel': {
		meaning: 'new difficulty peeing, loss of bladder or bowel control',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.ces.both-legs': {
		meaning: 'pain, weakness, numbness or tingling in both legs',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.chest-pain': {
		meaning: 'chest pain, or pain spreading to jaw/arm with breathlessness',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.major-trauma': {
		meaning: 'pain started after a serious accident or fall',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.fever': {
		meaning: 'high temperature or feeling hot and shivery',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.weight-loss': {
		meaning: 'losing weight without trying',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.night-pain': {
		meaning: 'pain not eased by rest, or worse at night',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.cancer-history': {
		meaning: 'previous cancer, with this new pain',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.deformity': {
		meaning: 'a lump or swelling, or the back/joint has changed shape',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.thoracic-pain': {
		meaning: 'pain between the shoulder blades',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.neck.walking-coordination': {
		meaning: 'new problems walking, or sudden loss of coordination in the hands',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.neck.vascular': {
		meaning: 'dizziness, double vision, blackouts, trouble speaking or swallowing',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.neck.arm-neuro': {
		meaning: 'heaviness/weakness in arms, or pins and needles with neck/arm pain',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.joint.hot-swollen': {
		meaning: 'joint hot, red and swollen, or feeling unwell with it',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.joint.cannot-weight-bear': {
		meaning: 'cannot put weight on the leg after an injury',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.knee.locked': {
		meaning: 'knee locked, cannot fully straighten or bend it',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.limb.cold-numb': {
		meaning: 'limb cold, pale/discoloured or numb',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.hip.fracture-signs': {
		meaning: 'after a fall: cannot stand, leg looks shorter or turned out',
		minSeverity: 'emergency',
		requiredSignposts: []
	},
	'rf.shoulder.changed-shape': {
		meaning: 'arm or shoulder changed shape or badly swollen after injury',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.shoulder.cannot-move': {
		meaning: 'sudden severe pain, cannot move the arm',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'rf.shoulder.both-shoulders': {
		meaning: 'severe pain in both shoulders, with headache or blurred vision',
		minSeverity: 'urgent',
		requiredSignposts: []
	},
	'mh.self-harm-thoughts': {
		meaning: 'thoughts of harming yourself or that life is not worth living',
		minSeverity: 'urgent',
		requiredSignposts: ['mental-health-crisis']
	}
} as const satisfies Record<string, RedFlagDefinition>;

export type RedFlagCode = keyof typeof RED_FLAGS;
export const RED_FLAG_CODES = Object.keys(RED_FLAGS) as RedFlagCode[];

/** True when `code` is one of the fixed red-flag codes (including the mental-health one). */
export function isRedFlagCode(code: string): code is RedFlagCode {
	return Object.hasOwn(RED_FLAGS, code);
}

/**
 * Codes for measured items and scores (safety-facts.md sections 4 and 5). Trend rules and the
 * outcome record refer to these. Item-level codes for multi-item measures end in the item's
 * short name (`mood.phq2.interest`); the score carries the measure's code (`mood.phq2`).
 */
export const MEASURE_CODES = [
	'pain.nrs',
	'feel.today',
	'function.psfs',
	'function.psfs.activity',
	'function.psfs.rating',
	'mood.phq2',
	'mood.phq2.interest',
	'mood.phq2.down',
	'anxiety.gad2',
	'anxiety.gad2.nervous',
	'anxiety.gad2.worry',
	'global.change',
	'work.status'
] as const;
export type MeasureCode = (typeof MEASURE_CODES)[number];

/**
 * Codes for the dynamic safety-net rules of safety-facts.md section 4. A safety-net rule that
 * does not react to a red-flag answer declares one of these so that escalations can be counted
 * by code without naming question ids.
 */
export const SAFETY_NET_CODES = [
	'sn.worsening',
	'sn.not-improving',
	'sn.severe-pain',
	'sn.low-mood'
] as const;
export type SafetyNetCode = (typeof SAFETY_NET_CODES)[number];

/** Codes an escalation can carry in analytics: a red-flag code or a dynamic-rule code. */
export type EscalationCode = RedFlagCode | SafetyNetCode;
export const ESCALATION_CODES: readonly EscalationCode[] = [...RED_FLAG_CODES, ...SAFETY_NET_CODES];

/**
 * Codes a locality that holds a licence may use for a licensed questionnaire it drops in
 * (MSK-HQ, EQ-5D and so on). They are never shipped in this repository.
 */
export const LOCAL_CODE_PATTERN = /^local\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Every code a questionnaire item or score may carry. */
export type ItemCode = RedFlagCode | MeasureCode | `local.${string}`;

/** True when `code` is in the fixed vocabulary (or is a `local.*` licensed-measure code). */
export function isKnownItemCode(code: string): code is ItemCode {
	return (
		isRedFlagCode(code) ||
		(MEASURE_CODES as readonly string[]).includes(code) ||
		LOCAL_CODE_PATTERN.test(code)
	);
}

/** Locales the app's interface is translated into. English is the source language. */
export const LOCALES = ['en', 'cy', 'ur'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text direction of each supported locale. */
export const LOCALE_DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', cy: 'ltr', ur: 'rtl' };

/** Body areas a pathway can be for; the patient picks one at onboarding. */
export const BODY_AREAS = ['back', 'neck', 'knee', 'shoulder'] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/**
 * The red-flag codes that apply to each body area: a pathway for that area must screen for every
 * one of them at entry (lint rule `red-flag-screening`). Spine and general codes apply "where
 * relevant" (safety-facts.md section 3); this table is the project's reading of "relevant",
 * reviewed with the clinical safety officer.
 */
export const RED_FLAGS_FOR_AREA: Record<BodyArea, readonly RedFlagCode[]> = {
	back: [
		'rf.ces.saddle-numbness',
		'rf.ces.bladder-bowel',
		'rf.ces.both-legs',
		'rf.chest-pain',
		'rf.major-trauma',
		'rf.fever',
		'rf.weight-loss',
		'rf.night-pain',
		'rf.cancer-history',
		'rf.deformity',
		'rf.thoracic-pain',
		'mh.self-harm-thoughts'
	],
	neck: [
		'rf.neck.walking-coordination',
		'rf.neck.vascular',
		'rf.neck.arm-neuro',
		'rf.chest-pain',
		'rf.major-trauma',
		'rf.fever',
		'rf.weight-loss',
		'rf.night-pain',
		'rf.cancer-history',
		'rf.deformity',
		'rf.thoracic-pain',
		'mh.self-harm-thoughts'
	],
	knee: [
		'rf.joint.hot-swollen',
		'rf.joint.cannot-weight-bear',
		'rf.knee.locked',
		'rf.limb.cold-numb',
		'rf.hip.fracture-signs',
		'rf.major-trauma',
		'rf.fever',
		'rf.weight-loss',
		'rf.night-pain',
		'rf.cancer-history',
		'rf.deformity',
		'mh.self-harm-thoughts'
	],
	shoulder: [
		'rf.shoulder.changed-shape',
		'rf.shoulder.cannot-move',
		'rf.shoulder.both-shoulders',
		'rf.joint.hot-swollen',
		'rf.chest-pain',
		'rf.major-trauma',
		'rf.fever',
		'rf.weight-loss',
		'rf.night-pain',
		'rf.cancer-history',
		'rf.deformity',
		'mh.self-harm-thoughts'
	]
};
