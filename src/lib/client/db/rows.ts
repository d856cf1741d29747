/**
 * What Limber keeps on the phone, row by row. Rows are plain JSON so that "My data" can export
 * them and import them on another device.
 */
import type { EngineEvent } from '../../pathway/engine-types.js';
import type { PersistedEnrolment } from '../../pathway/persistence.js';
import type { Answers } from '../../pathway/engine-types.js';
import type { Pathway } from '../../pathway/schema/pathway-schema.js';

/** How the patient came to Limber (asked at onboarding). */
export const REFERRAL_SOURCES = ['self', 'gp', 'physio-waiting-list', 'pharmacy', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];

/** One enrolment on a pathway, with the full validated pathway pinned (decision 4). */
export interface EnrolmentRow {
	readonly id: string;
	/** When it was created (ISO timestamp). */
	readonly createdAt: string;
	/** Day 0 in the patient's local calendar, YYYY-MM-DD. */
	readonly startDate: string;
	readonly pathwayId: string;
	readonly pathway: Pathway;
	readonly localityId: string;
	/** Postcode district (outward code) the patient gave, if any; never a full postcode. */
	readonly postcodeDistrict?: string;
	readonly referral: ReferralSource;
	readonly onWaitingList: boolean;
	/** Only one enrolment is active; older ones are archived (kept for export and progress). */
	readonly status: 'active' | 'archived';
	/** After a migration to a newer pathway version: where replay of the log starts. */
	readonly checkpoint?: PersistedEnrolment;
}

/** The enrolment row as version 1 of the database stored it (no status). */
export type EnrolmentRowV1 = Omit<EnrolmentRow, 'status'>;

/** One entry of the append-only event log. */
export interface EventRow {
	/** Auto-increment key. */
	readonly id?: number;
	readonly enrolmentId: string;
	/** 1, 2, 3, ... per enrolment. */
	readonly seq: number;
	/** When it happened (ISO timestamp). */
	readonly at: string;
	readonly event: EngineEvent;
}

/** The latest persisted snapshot of an enrolment (a cache of the log). */
export interface SnapshotRow {
	readonly enrolmentId: string;
	readonly persisted: PersistedEnrolment;
	readonly savedAt: string;
}

/** Answers typed into a questionnaire but not yet submitted (survive a reload or a crash). */
export interface DraftRow {
	/** `${enrolmentId}|${questionnaire}|${day}` */
	readonly key: string;
	readonly enrolmentId: string;
	readonly answers: Answers;
	readonly updatedAt: string;
}

/** A setting by key. */
export interface SettingRow {
	readonly key: string;
	readonly value: unknown;
}
