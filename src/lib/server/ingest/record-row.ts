/**
 * How a shared outcome record becomes a row of `outcome_records`, with the derived values the
 * rollups count. These definitions are the commissioner measures' meaning, in one place:
 *
 * - pain / PSFS change: the latest milestone after baseline minus baseline (both needed);
 *   a meaningful change is a fall in pain of 2 or more, a rise in PSFS of 2 or more;
 * - PHQ-2 / GAD-2 positive: 3 or more at any milestone (null when never screened);
 * - global rating of change: the latest answer (2 = "much better", 3 = "very much better").
 */
import { createHash } from 'node:crypto';
import type { OutcomeRecord } from '../../shared/outcome-record.js';
import type { outcomeRecords } from '../db/schema.js';

export type OutcomeRow = typeof outcomeRecords.$inferInsert;

/** The stored hash of a withdraw token (the token itself is never stored). */
export function hashWithdrawToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** The row for a validated record. */
export function toOutcomeRow(record: OutcomeRecord): OutcomeRow {
	const baseline = record.scores.find((s) => s.milestone === 'baseline');
	const later = record.scores.filter((s) => s.milestone !== 'baseline');
	const latest = <K extends 'painNrs' | 'psfs' | 'globalChange'>(key: K) =>
		[...later].reverse().find((s) => s[key] !== undefined)?.[key];
	const screened = (key: 'phq2' | 'gad2') => {
		const values = record.scores.flatMap((s) => (s[key] === undefined ? [] : [s[key]]));
		return values.length === 0 ? null : values.some((v) => v >= 3);
	};
	return {
		recordId: record.recordId,
		revision: record.revision,
		withdrawTokenHash: hashWithdrawToken(record.withdrawToken),
		pathwayId: record.pathwayId,
		pathwayVersion: record.pathwayVersion,
		locality: record.locality,
		monthEnrolled: record.monthEnrolled,
		referral: record.referral,
		onWaitingList: record.onWaitingList,
		leftWaitingList: record.leftWaitingList,
		ageBand: record.ageBand,
		sex: record.sex ?? 'not-given',
		ethnicity: record.ethnicity ?? 'not-given',
		status: record.status,
		stageReached: record.stageReached,
		daysActiveFirst30: record.daysActiveFirst30,
		workStatusBaseline: record.workStatusBaseline ?? null,
		workStatusLatest: record.workStatusLatest ?? null,
		scores: record.scores,
		escalations: record.escalations,
		signposts: record.signposts,
		painBaseline: baseline?.painNrs ?? null,
		painLatest: latest('painNrs') ?? null,
		psfsBaseline: baseline?.psfs ?? null,
		psfsLatest: latest('psfs') ?? null,
		phq2Positive: screened('phq2'),
		gad2Positive: screened('gad2'),
		globalChangeLatest: latest('globalChange') ?? null
	};
}

/** "Active at 30 days" (NICE adherence): used on at least 15 of the first 30 days. */
export const ACTIVE_AT_30_MIN_DAYS = 15;
