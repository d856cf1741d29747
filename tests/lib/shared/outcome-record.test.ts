import { describe, expect, it } from 'vitest';
import {
	EXAMPLE_OUTCOME_RECORD,
	OutcomeBatchSchema,
	OutcomeRecordSchema
} from '../../../src/lib/shared/outcome-record.js';

const valid = EXAMPLE_OUTCOME_RECORD;
const rejects = (patch: Record<string, unknown>) =>
	OutcomeRecordSchema.safeParse({ ...valid, ...patch }).success === false;

describe('the outcome record', () => {
	it('accepts the published example', () => {
		expect(OutcomeRecordSchema.parse(valid)).toEqual(valid);
	});

	it('rejects unknown keys, free text, exact dates and full postcodes', () => {
		expect(rejects({ notes: 'my back is sore' })).toBe(true);
		expect(rejects({ monthEnrolled: '2026-11-23' })).toBe(true);
		expect(rejects({ locality: 'LS6 3AB' })).toBe(true);
		expect(rejects({ stageReached: 'I feel awful today' })).toBe(true);
		expect(rejects({ deviceId: 'abc' })).toBe(true);
		expect(rejects({ ipAddress: '10.0.0.1' })).toBe(true);
		expect(
			OutcomeRecordSchema.safeParse({ ...valid, scores: [{ ...valid.scores[0], comment: 'x' }] })
				.success
		).toBe(false);
	});

	it('rejects ids that are not random UUID v4 and tokens that are not 32 random bytes', () => {
		expect(rejects({ recordId: '00000000-0000-1000-8000-000000000000' })).toBe(true);
		expect(rejects({ withdrawToken: 'short' })).toBe(true);
	});

	it('rejects codes outside the fixed vocabulary and out-of-range scores', () => {
		expect(rejects({ escalations: [{ code: 'rf.made-up', severity: 'urgent', week: 1 }] })).toBe(
			true
		);
		expect(rejects({ scores: [{ milestone: 'baseline', week: 0, painNrs: 11 }] })).toBe(true);
		expect(rejects({ ageBand: '41' })).toBe(true);
	});

	it('comes in batches of 1 to 500', () => {
		expect(OutcomeBatchSchema.safeParse({ records: [] }).success).toBe(false);
		expect(OutcomeBatchSchema.safeParse({ records: Array(501).fill(valid) }).success).toBe(false);
		expect(OutcomeBatchSchema.safeParse({ records: [valid] }).success).toBe(true);
	});
});
