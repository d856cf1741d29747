/**
 * The coded answers an outcome record may hold (the record's schema is in outcome-record.ts).
 * Plain lists with no Zod, so the patient app can offer the same choices without shipping the
 * schema.
 */

export const REFERRAL_SOURCE_CODES = [
	'self',
	'gp',
	'physio-waiting-list',
	'pharmacy',
	'other'
] as const;

/** 10-year age bands (safety-facts.md section 7); people use Limber from 16. */
export const AGE_BANDS = [
	'16-19',
	'20-29',
	'30-39',
	'40-49',
	'50-59',
	'60-69',
	'70-79',
	'80-89',
	'90+',
	'not-stated'
] as const;
export const SEX_CODES = ['female', 'male', 'other', 'prefer-not-to-say'] as const;
/** ONS ethnic group (5 groups), or "prefer not to say". */
export const ETHNICITY_GROUPS = [
	'asian',
	'black',
	'mixed',
	'white',
	'other',
	'prefer-not-to-say'
] as const;
export const WORK_STATUSES = ['working', 'working-changed', 'off-work', 'not-working'] as const;
export const RECORD_STATUSES = ['active', 'finished', 'escalated', 'stopped'] as const;
