import { describe, expect, it } from 'vitest';
import { hashWithdrawToken, toOutcomeRow } from '../../../../src/lib/server/ingest/record-row.js';
import { EXAMPLE_OUTCOME_RECORD } from '../../../../src/lib/shared/outcome-record.js';

describe('a record as a stored row', () => {
	it('keeps only a hash of the withdraw token', () => {
		const row = toOutcomeRow(EXAMPLE_OUTCOME_RECORD);
		expect(row.withdrawTokenHash).toBe(hashWithdrawToken(EXAMPLE_OUTCOME_RECORD.withdrawToken));
		expect(JSON.stringify(row)).not.toContain(EXAMPLE_OUTCOME_RECORD.withdrawToken);
	});

	it('derives baseline and latest scores, screens and the latest global rating', () => {
		expect(toOutcomeRow(EXAMPLE_OUTCOME_RECORD)).toMatchObject({
			painBaseline: 7,
			painLatest: 3,
			psfsBaseline: 3.3,
			psfsLatest: 7.3,
			phq2Positive: false,
			gad2Positive: false,
			globalChangeLatest: 2,
			sex: 'female',
			ethnicity: 'white'
		});
	});

	it('leaves a change unknown without a later milestone, and marks missing demographics', () => {
		const row = toOutcomeRow({
			...EXAMPLE_OUTCOME_RECORD,
			sex: undefined,
			ethnicity: undefined,
			scores: [{ milestone: 'baseline', week: 0, painNrs: 6, phq2: 4 }]
		});
		expect(row).toMatchObject({
			painBaseline: 6,
			painLatest: null,
			phq2Positive: true,
			gad2Positive: null,
			globalChangeLatest: null,
			sex: 'not-given',
			ethnicity: 'not-given'
		});
	});
});
