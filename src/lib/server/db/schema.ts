/**
 * The server's tables (Drizzle, PostgreSQL dialect; the same on PGlite and PostgreSQL).
 *
 * - `outcome_records`: the latest revision of each shared record, with the few values the
 *   summaries need pulled out into columns. No IP addresses, user agents, dates or free text.
 * - `rollup_*`: counts and sums by month x locality x pathway x demographic, refreshed after
 *   ingest; commissioner summaries read these, never the raw table (decision 8).
 * - `users`, `sessions`, `login_challenges`, `api_tokens`: commissioner and admin access.
 *   Secrets are stored only as hashes.
 */
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	real,
	smallint,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import type { MilestoneScores, OutcomeRecord } from '../../shared/outcome-record.js';

export const outcomeRecords = pgTable(
	'outcome_records',
	{
		recordId: uuid('record_id').primaryKey(),
		revision: integer('revision').notNull(),
		withdrawTokenHash: text('withdraw_token_hash').notNull(),
		pathwayId: text('pathway_id').notNull(),
		pathwayVersion: text('pathway_version').notNull(),
		locality: text('locality').notNull(),
		/** YYYY-MM: a month, never a date. */
		monthEnrolled: text('month_enrolled').notNull(),
		referral: text('referral').notNull(),
		onWaitingList: boolean('on_waiting_list').notNull(),
		leftWaitingList: boolean('left_waiting_list').notNull(),
		ageBand: text('age_band').notNull(),
		/** 'not-given' when the patient left it out (keeps rollup keys simple). */
		sex: text('sex').notNull(),
		ethnicity: text('ethnicity').notNull(),
		status: text('status').notNull(),
		stageReached: text('stage_reached').notNull(),
		daysActiveFirst30: smallint('days_active_first_30').notNull(),
		workStatusBaseline: text('work_status_baseline'),
		workStatusLatest: text('work_status_latest'),
		scores: jsonb('scores').$type<MilestoneScores[]>().notNull(),
		escalations: jsonb('escalations').$type<OutcomeRecord['escalations']>().notNull(),
		signposts: jsonb('signposts').$type<OutcomeRecord['signposts']>().notNull(),
		// Derived at ingest for the rollups.
		painBaseline: smallint('pain_baseline'),
		painLatest: smallint('pain_latest'),
		psfsBaseline: real('psfs_baseline'),
		psfsLatest: real('psfs_latest'),
		phq2Positive: boolean('phq2_positive'),
		gad2Positive: boolean('gad2_positive'),
		globalChangeLatest: smallint('global_change_latest')
	},
	(table) => [
		index('outcome_records_rollup_key').on(table.monthEnrolled, table.locality, table.pathwayId)
	]
);

/**
 * Ids of withdrawn records (the random id only, nothing else), so that a withdrawal sticks: a
 * revision still in flight, or replayed later, is refused instead of bringing the record back.
 */
export const withdrawnRecords = pgTable('withdrawn_records', {
	recordId: uuid('record_id').primaryKey()
});

/** The dimensions every rollup row is keyed by. */
const rollupKey = {
	month: text('month').notNull(),
	locality: text('locality').notNull(),
	pathwayId: text('pathway_id').notNull(),
	ageBand: text('age_band').notNull(),
	sex: text('sex').notNull(),
	ethnicity: text('ethnicity').notNull(),
	referral: text('referral').notNull()
};

export const rollupOutcomes = pgTable(
	'rollup_outcomes',
	{
		...rollupKey,
		enrolments: integer('enrolments').notNull(),
		activeAt30: integer('active_at_30').notNull(),
		finished: integer('finished').notNull(),
		escalatedAny: integer('escalated_any').notNull(),
		escalatedEmergency: integer('escalated_emergency').notNull(),
		escalatedUrgent: integer('escalated_urgent').notNull(),
		escalatedSoon: integer('escalated_soon').notNull(),
		escalatedRoutine: integer('escalated_routine').notNull(),
		painPairs: integer('pain_pairs').notNull(),
		painChangeSum: integer('pain_change_sum').notNull(),
		painMeaningful: integer('pain_meaningful').notNull(),
		psfsPairs: integer('psfs_pairs').notNull(),
		psfsChangeSum: real('psfs_change_sum').notNull(),
		psfsMeaningful: integer('psfs_meaningful').notNull(),
		phq2Screened: integer('phq2_screened').notNull(),
		phq2Positive: integer('phq2_positive').notNull(),
		gad2Screened: integer('gad2_screened').notNull(),
		gad2Positive: integer('gad2_positive').notNull(),
		onWaitingList: integer('on_waiting_list').notNull(),
		leftWaitingList: integer('left_waiting_list').notNull(),
		offWorkAtBaseline: integer('off_work_at_baseline').notNull(),
		backAtWork: integer('back_at_work').notNull(),
		globalChangeAnswered: integer('global_change_answered').notNull(),
		globalChangeBetter: integer('global_change_better').notNull()
	},
	(table) => [
		primaryKey({
			columns: [
				table.month,
				table.locality,
				table.pathwayId,
				table.ageBand,
				table.sex,
				table.ethnicity,
				table.referral
			]
		})
	]
);

export const rollupEscalationCodes = pgTable(
	'rollup_escalation_codes',
	{
		...rollupKey,
		code: text('code').notNull(),
		severity: text('severity').notNull(),
		records: integer('records').notNull()
	},
	(table) => [
		primaryKey({
			columns: [
				table.month,
				table.locality,
				table.pathwayId,
				table.ageBand,
				table.sex,
				table.ethnicity,
				table.referral,
				table.code,
				table.severity
			]
		})
	]
);

export const rollupSignposts = pgTable(
	'rollup_signposts',
	{
		...rollupKey,
		category: text('category').notNull(),
		records: integer('records').notNull()
	},
	(table) => [
		primaryKey({
			columns: [
				table.month,
				table.locality,
				table.pathwayId,
				table.ageBand,
				table.sex,
				table.ethnicity,
				table.referral,
				table.category
			]
		})
	]
);

export const users = pgTable('users', {
	id: uuid('id').primaryKey(),
	/** Lower-case. */
	email: text('email').notNull().unique(),
	passwordHash: text('password_hash').notNull(),
	role: text('role').$type<'commissioner' | 'admin'>().notNull(),
	/** Locality ids this user may see; an admin with [] sees every locality. */
	localities: jsonb('localities').$type<string[]>().notNull(),
	/** Base32 TOTP secret (the second factor). */
	totpSecret: text('totp_secret').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull()
});

export const sessions = pgTable('sessions', {
	tokenHash: text('token_hash').primaryKey(),
	userId: uuid('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
});

/** A password checked, the TOTP code still to come. */
export const loginChallenges = pgTable('login_challenges', {
	tokenHash: text('token_hash').primaryKey(),
	userId: uuid('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	attempts: smallint('attempts').notNull()
});

export const apiTokens = pgTable('api_tokens', {
	id: uuid('id').primaryKey(),
	tokenHash: text('token_hash').notNull().unique(),
	label: text('label').notNull(),
	role: text('role').$type<'commissioner' | 'admin'>().notNull(),
	localities: jsonb('localities').$type<string[]>().notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
	revoked: boolean('revoked').notNull()
});

export const schema = {
	outcomeRecords,
	withdrawnRecords,
	rollupOutcomes,
	rollupEscalationCodes,
	rollupSignposts,
	users,
	sessions,
	loginChallenges,
	apiTokens
};
